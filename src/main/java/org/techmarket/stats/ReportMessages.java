package org.techmarket.stats;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the annual report workbook (sheet names, table titles, headers). Texts in
 * {@code messages/rp.properties} (zh-CN) and {@code messages/rp_en.properties}.
 */
@MessageBundle(value = "rp", locale = "zh-CN")
public interface ReportMessages {

    @Message
    String report_title(int year);

    @Message
    String no_data();

    @Message
    String total();

    @Message
    String col_contracts();

    @Message
    String col_contract_amount();

    @Message
    String col_approved_amount();

    @Message
    String sheet_contracts();

    @Message
    String contracts_note();

    @Message
    String contracts_by_type();

    @Message
    String contracts_by_field();

    @Message
    String contracts_by_entity();

    @Message
    String contracts_by_region();

    @Message
    String col_type();

    @Message
    String col_field();

    @Message
    String col_entity();

    @Message
    String col_region();

    @Message
    String field_unclassified();

    @Message
    String region_province_level();

    @Message
    String sheet_vouchers();

    @Message
    String vouchers_note();

    @Message
    String vouchers_by_program();

    @Message
    String vouchers_by_month();

    @Message
    String col_program();

    @Message
    String col_program_year();

    @Message
    String col_budget();

    @Message
    String col_issued();

    @Message
    String col_redeemed();

    @Message
    String col_expired();

    @Message
    String col_outstanding();

    @Message
    String col_month();

    @Message
    String month(int year, int month, String name);

    @Message
    String sheet_listings();

    @Message
    String listings_note();

    @Message
    String listings_by_status();

    @Message
    String listings_by_field();

    @Message
    String col_status();

    @Message
    String col_results();

    @Message
    String col_needs();

    @Message
    String col_listings_total();
}
