package org.techmarket.common;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the form widgets every feature shares: the region picker, the TRL select, date hints, amounts in
 * words and the error summary. Texts in {@code messages/fm.properties} (zh-CN) and {@code messages/fm_en.properties};
 * used in templates as {@code {fm:key}}.
 */
@MessageBundle(value = "fm", locale = "zh-CN")
public interface FormMessages {

    @Message
    String region();

    @Message
    String region_province();

    @Message
    String region_city();

    @Message
    String region_county();

    @Message
    String region_pick();

    @Message
    String region_choose();

    @Message
    String region_hint();

    @Message
    String trl_choose();

    @Message
    String trl_1();

    @Message
    String trl_2();

    @Message
    String trl_3();

    @Message
    String trl_4();

    @Message
    String trl_5();

    @Message
    String trl_6();

    @Message
    String trl_7();

    @Message
    String trl_8();

    @Message
    String trl_9();

    @Message
    String date_hint();

    @Message
    String amount_in_words();

    @Message
    String errors_summary(int count);

    @Message
    String errors_item(String label, String message);

    /** The label of a form field by its name, for the error summary; empty for a name it does not know. */
    @Message
    String field_label(String name);
}
