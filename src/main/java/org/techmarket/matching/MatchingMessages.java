package org.techmarket.matching;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The matching pages' texts. Texts in {@code messages/mt.properties} (zh-CN) and {@code messages/mt_en.properties};
 * used in templates as {@code {mt:key}}.
 */
@MessageBundle(value = "mt", locale = "zh-CN")
public interface MatchingMessages {

    @Message
    String matches_title();

    @Message
    String matches_for_need();

    @Message
    String matches_for_result();

    @Message
    String matches_intro();

    @Message
    String matches_none();

    @Message
    String match_score();

    @Message
    String why_terms();

    @Message
    String why_same_field();

    @Message
    String why_other_field();

    @Message
    String why_similarity();

    @Message
    String why_meaning_pending();

    @Message
    String open_case();

    @Message
    String cases_none();
}
