package org.techmarket.listing;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Names of the listing enums (fields, modes, states, IP, price bands). Texts in {@code messages/ls.properties} (zh-CN)
 * and {@code messages/ls_en.properties}; used in templates as {@code {ls:key}}.
 */
@MessageBundle(value = "ls", locale = "zh-CN")
public interface ListingMessages {

    @Message
    String field_ELECTRONIC_INFORMATION();

    @Message
    String field_BIO_MEDICINE();

    @Message
    String field_AEROSPACE();

    @Message
    String field_NEW_MATERIALS();

    @Message
    String field_HIGH_TECH_SERVICES();

    @Message
    String field_NEW_ENERGY();

    @Message
    String field_RESOURCES_ENVIRONMENT();

    @Message
    String field_ADVANCED_MANUFACTURING();

    @Message
    String mode_TRANSFER();

    @Message
    String mode_LICENSE();

    @Message
    String mode_EQUITY();

    @Message
    String mode_JOINT_DEVELOPMENT();

    @Message
    String mode_TECH_SERVICE();

    @Message
    String lstatus_DRAFT();

    @Message
    String lstatus_SUBMITTED();

    @Message
    String lstatus_PUBLISHED();

    @Message
    String lstatus_RETURNED();

    @Message
    String lstatus_WITHDRAWN();

    @Message
    String lstatus_EXPIRED();

    @Message
    String iptype_INVENTION_PATENT();

    @Message
    String iptype_UTILITY_MODEL();

    @Message
    String iptype_DESIGN_PATENT();

    @Message
    String iptype_SOFTWARE_COPYRIGHT();

    @Message
    String iptype_OTHER();

    @Message
    String iptype_KNOW_HOW();

    @Message
    String ipstatus_GRANTED();

    @Message
    String ipstatus_PENDING();

    @Message
    String ipstatus_NONE();

    @Message
    String band_NEGOTIABLE();

    @Message
    String band_UNDER_100K();

    @Message
    String band_FROM_100K_TO_500K();

    @Message
    String band_FROM_500K_TO_1M();

    @Message
    String band_FROM_1M_TO_5M();

    @Message
    String band_OVER_5M();


    @Message
    String revise();

    @Message
    String revisions_title();

    @Message
    String revisions_hint();

    @Message
    String revision_changes();

    @Message
    String sort_PRICE();

    @Message
    String sort_PRICE_DESC();

    @Message
    String results_description();

    @Message
    String needs_description();

    @Message
    String search_label();

    @Message
    String search_placeholder();

    @Message
    String search_submit();

    @Message
    String search_found();

    @Message
    String search_none();

    @Message
    String sort_by();

    @Message
    String sort_relevance();

    @Message
    String sort_newest();

    @Message
    String facet_maturity();

    @Message
    String facet_price();

    @Message
    String facet_budget();

    @Message
    String facet_mode();

    @Message
    String facet_cooperation();

    @Message
    String facet_clear();

    @Message
    String facets_sampled();

    @Message
    String pager_previous();

    @Message
    String pager_next();

    @Message
    String price_negotiable();

    @Message
    String required_maturity();

    @Message
    String ip();

    @Message
    String contact();

    @Message
    String login_to_contact();

    @Message
    String inquiry_label();

    @Message
    String inquiry_send();

    @Message
    String my_results();

    @Message
    String my_needs();

    @Message
    String my_none();

    @Message
    String new_result();

    @Message
    String new_need();

    @Message
    String confirm_available();

    @Message
    String expires_soon();

    @Message
    String price_wan();

    @Message
    String inbox_received();

    @Message
    String inbox_sent();

    @Message
    String inbox_none();

    @Message
    String inbox_reply();

    @Message
    String inbox_send_reply();

    @Message
    String inbox_waiting();

    @Message
    String org_not_verified();

    @Message
    String return_reason_hint();

    @Message
    String import_intro();

    @Message
    String import_kind();

    @Message
    String import_file();

    @Message
    String import_submit();

    @Message
    String import_download();

    @Message
    String import_recent();

    @Message
    String export_results();

    @Message
    String export_needs();

    @Message
    String owner_result();

    @Message
    String owner_need();

    @Message
    String view_matches();

    @Message
    String similar_results();

    @Message
    String similar_needs();

    /* Import reports (ListingImportService): read from Java by key. */
    @Message
    String import_col_title();

    @Message
    String import_col_summary();

    @Message
    String import_col_description();

    @Message
    String import_col_field();

    @Message
    String import_col_keywords();

    @Message
    String import_col_maturity();

    @Message
    String import_col_requiredMaturity();

    @Message
    String import_col_ipType();

    @Message
    String import_col_ipStatus();

    @Message
    String import_col_patentNumbers();

    @Message
    String import_col_modes();

    @Message
    String import_col_transferModes();

    @Message
    String import_col_cooperationModes();

    @Message
    String import_col_price();

    @Message
    String import_col_priceFen();

    @Message
    String import_col_budgetMin();

    @Message
    String import_col_budgetMinFen();

    @Message
    String import_col_budgetMax();

    @Message
    String import_col_budgetMaxFen();

    @Message
    String import_col_regionCode();

    @Message
    String import_col_creditCode();

    @Message
    String import_col_contactName();

    @Message
    String import_col_contactPhone();

    @Message
    String import_col_contactEmail();

    @Message
    String import_col_validUntil();

    @Message
    String import_col_deadline();

    @Message
    String import_csv_row();

    @Message
    String import_csv_result();

    @Message
    String import_csv_detail();

    @Message
    String import_status_IMPORTED();

    @Message
    String import_status_DUPLICATE();

    @Message
    String import_status_FAILED();
}
