package org.techmarket.stats;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the funnel pages: {@code messages/fn.properties} (zh-CN) and {@code fn_en.properties}. */
@MessageBundle(value = "fn", locale = "zh-CN")
public interface FunnelMessages {

    @Message
    String title();

    @Message
    String staff_title();

    @Message
    String intro();

    @Message
    String rates_hint();

    @Message
    String period_all();

    @Message
    String period_year(int year);

    @Message
    String period_quarter(int year, int quarter);

    @Message
    String year();

    @Message
    String year_hint();

    @Message
    String quarter();

    @Message
    String quarter_all();

    @Message
    String quarter_n(int quarter);

    @Message
    String show();

    @Message
    String no_data();

    @Message
    String stage();

    @Message
    String count();

    @Message
    String step_rate();

    @Message
    String stage_views();

    @Message
    String stage_inquiries();

    @Message
    String stage_opened();

    @Message
    String stage_agreed();

    @Message
    String stage_declined();

    @Message
    String stage_registered();

    @Message
    String stage_amount();

    @Message
    String by_field();

    @Message
    String by_month();

    @Message
    String decline_reasons();

    @Message
    String field();

    @Message
    String unclassified();

    @Message
    String month();

    @Message
    String month_label(int year, int month);

    @Message
    String reason();

    @Message
    String cases();

    @Message
    String share();

    @Message
    String total();

    @Message
    String rate_inquiry();

    @Message
    String rate_case();

    @Message
    String rate_agreed();

    @Message
    String rate_declined();

    @Message
    String rate_contract();

    @Message
    String amount();

    @Message
    String staff_link();

    @Message
    String public_link();

    @Message
    String invalid_year();

    @Message
    String invalid_quarter();
}
