package org.techmarket.stats;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the figures pages and the home page. Texts in {@code messages/st.properties} (zh-CN)
 * and {@code messages/st_en.properties}; used in templates as {@code {st:key}}.
 */
@MessageBundle(value = "st", locale = "zh-CN")
public interface StatsMessages {

    @Message
    String stats_title();

    @Message
    String stats_intro();

    @Message
    String stats_period();

    @Message
    String stats_all_time();

    @Message
    String stats_year();

    @Message
    String stats_quarter();

    @Message
    String stats_quarter_any();

    @Message
    String stats_quarter_n(int n);

    @Message
    String stats_field();

    @Message
    String stats_region();

    @Message
    String stats_any_field();

    @Message
    String stats_any_region();

    @Message
    String stats_show();

    @Message
    String stats_period_all();

    @Message
    String stats_period_year(int year);

    @Message
    String stats_period_quarter(int year, int quarter);

    @Message
    String stats_results();

    @Message
    String stats_needs();

    @Message
    String stats_collected();

    @Message
    String stats_published();

    @Message
    String stats_cases();

    @Message
    String stats_cases_opened();

    @Message
    String stats_cases_agreed();

    @Message
    String stats_cases_declined();

    @Message
    String stats_brokered();

    @Message
    String stats_brokered_hint();

    @Message
    String stats_contracts();

    @Message
    String stats_contracts_registered();

    @Message
    String stats_contract_amount();

    @Message
    String stats_transaction_amount();

    @Message
    String stats_vouchers();

    @Message
    String stats_vouchers_issued();

    @Message
    String stats_vouchers_redeemed();

    @Message
    String stats_vouchers_expired();

    @Message
    String stats_vouchers_outstanding();

    @Message
    String stats_vouchers_count();

    @Message
    String stats_vouchers_by_field();

    @Message
    String stats_by_month();

    @Message
    String stats_by_field();

    @Message
    String stats_by_region();

    @Message
    String stats_by_type();

    @Message
    String stats_by_status();

    @Message
    String stats_month();

    @Message
    String stats_type();

    @Message
    String stats_status();

    @Message
    String stats_contracts_count();

    @Message
    String stats_no_data();

    @Message
    String stats_drill_down();

    @Message
    String stats_amount_unit();

    @Message
    String stats_funnel_link();

    @Message
    String stats_api_link();

    @Message
    String stats_total();

    @Message
    String stats_region_up();

    @Message
    String home_search_label();

    @Message
    String home_search_placeholder();

    @Message
    String home_search_results();

    @Message
    String home_search_needs();

    @Message
    String home_search_submit();

    @Message
    String home_figures();

    @Message
    String home_latest_results();

    @Message
    String home_latest_needs();

    @Message
    String home_latest_deals();

    @Message
    String home_open_programs();

    @Message
    String home_more();

    @Message
    String home_stats_more();

    @Message
    String home_none();

    @Message
    String home_program_budget();

    @Message
    String home_program_closes();

    @Message
    String home_deal_amount();
}
