package org.techmarket.challenge;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the challenge pages (teams, public, staff). Texts in {@code messages/cg.properties} (zh-CN)
 * and {@code messages/cg_en.properties}; used in templates as {@code {cg:key}}.
 */
@MessageBundle(value = "cg", locale = "zh-CN")
public interface ChallengeMessages {

    @Message
    String cgstage_DRAFT();

    @Message
    String cgstage_OPEN();

    @Message
    String cgstage_CLOSED();

    @Message
    String cgstage_UNDER_REVIEW();

    @Message
    String cgstage_FINAL();

    @Message
    String cgstage_PUBLICISED();

    @Message
    String cgstage_AWARDED();

    @Message
    String cgstage_NO_AWARD();

    @Message
    String cgsource_ENTERPRISE_NEED();

    @Message
    String cgsource_GOVERNMENT();
}
