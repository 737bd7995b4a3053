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

    @Message
    String notifications_match_mode();

    @Message
    String notifications_match_now();

    @Message
    String notifications_match_digest();

    @Message
    String notifications_save();

    @Message
    String login_title();

    @Message
    String login_error();

    @Message
    String login_registered();

    @Message
    String login_submit();

    @Message
    String login_no_account();

    @Message
    String register_title();

    @Message
    String register_intro();

    @Message
    String register_person();

    @Message
    String register_organisation();

    @Message
    String register_organisation_hint();

    @Message
    String register_submit();

    @Message
    String hint_region();

    @Message
    String org_status();

    @Message
    String org_reason_hint();

    @Message
    String org_verify();

    @Message
    String org_reject();

    @Message
    String org_members();

    @Message
    String org_approve_member();

    @Message
    String org_registered_at();

    @Message
    String account_title();

    @Message
    String account_organisation();

    @Message
    String account_membership();

    @Message
    String account_member();

    @Message
    String account_awaiting();

    @Message
    String account_pending_notice();

    @Message
    String staff_orgs_title();

    @Message
    String staff_orgs_empty();

    @Message
    String staff_members_awaiting();

    @Message
    String staff_members_none();

    @Message
    String admin_staff_title();

    @Message
    String admin_staff_create();

    @Message
    String admin_staff_submit();

    @Message
    String logout_confirm();
}
