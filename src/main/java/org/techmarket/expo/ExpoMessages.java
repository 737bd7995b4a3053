package org.techmarket.expo;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the expo pages. Texts in {@code messages/ex.properties} (zh-CN)
 * and {@code messages/ex_en.properties}; used in templates as {@code {ex:key}}.
 */
@MessageBundle(value = "ex", locale = "zh-CN")
public interface ExpoMessages {

    @Message
    String expo_title();

    @Message
    String expo_intro();

    @Message
    String expo_none();

    @Message
    String expo_new();

    @Message
    String expo_edit();

    @Message
    String expo_save();

    @Message
    String expo_name();

    @Message
    String expo_dates();

    @Message
    String expo_starts_on();

    @Message
    String expo_ends_on();

    @Message
    String expo_venue();

    @Message
    String expo_organiser();

    @Message
    String expo_description();

    @Message
    String expo_upcoming();

    @Message
    String expo_ongoing();

    @Message
    String expo_held();

    @Message
    String expo_figures();

    @Message
    String expo_fig_results();

    @Message
    String expo_fig_exhibitors();

    @Message
    String expo_fig_sessions();

    @Message
    String expo_fig_deals();

    @Message
    String expo_fig_amount();

    @Message
    String expo_fig_registered();

    @Message
    String expo_fig_registered_amount();

    @Message
    String expo_exhibitors();

    @Message
    String expo_exhibitors_none();

    @Message
    String expo_booth();

    @Message
    String expo_org_code();

    @Message
    String expo_add_exhibitor();

    @Message
    String expo_results();

    @Message
    String expo_results_none();

    @Message
    String expo_result_id();

    @Message
    String expo_result_hint();

    @Message
    String expo_add_result();

    @Message
    String expo_schedule();

    @Message
    String expo_schedule_none();

    @Message
    String expo_session_time();

    @Message
    String expo_session_title();

    @Message
    String expo_presenter();

    @Message
    String expo_presenter_code();

    @Message
    String expo_room();

    @Message
    String expo_session_result();

    @Message
    String expo_session_day();

    @Message
    String expo_session_start();

    @Message
    String expo_session_end();

    @Message
    String expo_add_session();

    @Message
    String expo_deals();

    @Message
    String expo_deals_none();

    @Message
    String expo_result();

    @Message
    String expo_seller();

    @Message
    String expo_buyer();

    @Message
    String expo_buyer_code();

    @Message
    String expo_amount();

    @Message
    String expo_amount_wan();

    @Message
    String expo_signed_on();

    @Message
    String expo_contract();

    @Message
    String expo_registered();

    @Message
    String expo_not_registered();

    @Message
    String expo_deal_hint();

    @Message
    String expo_record_deal();

    @Message
    String expo_stats_title();

    @Message
    String expo_stats_held();

    @Message
    String expo_stats_deals();

    @Message
    String expo_stats_amount();

    @Message
    String expo_stats_registered();

    /** The layout's link to the expos (templates/layout.html names it). */
    @Message
    String expo_nav();
}
