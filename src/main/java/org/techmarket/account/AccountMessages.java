package org.techmarket.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the account's own pages (membership, password, reset, personal API tokens). Texts in
 * {@code messages/ac.properties} (zh-CN) and {@code messages/ac_en.properties}; used in templates as
 * {@code {ac:key}}.
 */
@MessageBundle(value = "ac", locale = "zh-CN")
public interface AccountMessages {

    @Message
    String account_joiners();

    @Message
    String account_password();

    @Message
    String field_current_password();

    @Message
    String field_new_password();

    @Message
    String account_password_submit();

    @Message
    String account_awaiting_notice();

    @Message
    String reset_forgot_title();

    @Message
    String reset_forgot_hint();

    @Message
    String reset_forgot_submit();

    @Message
    String reset_title();

    @Message
    String reset_submit();

    @Message
    String login_forgot();

    @Message
    String login_busy();

    @Message
    String login_throttled();

    @Message
    String account_tokens();

    @Message
    String account_tokens_hint();

    @Message
    String account_token_secret();

    @Message
    String account_token_name();

    @Message
    String account_token_prefix();

    @Message
    String account_token_created();

    @Message
    String account_token_used();

    @Message
    String account_token_revoked();

    @Message
    String account_token_revoke();

    @Message
    String account_token_create();

    @Message
    String notifications_read();

    @Message
    String notifications_read_all();
}
