package org.techmarket.contract;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the contract pages. Texts in {@code messages/ct.properties} (zh-CN)
 * and {@code messages/ct_en.properties}; used in templates as {@code {ct:key}}.
 */
@MessageBundle(value = "ct", locale = "zh-CN")
public interface ContractMessages {

    @Message
    String contract_new();

    @Message
    String contract_form_intro();

    @Message
    String contract_project();

    @Message
    String contract_role();

    @Message
    String contract_seller();

    @Message
    String contract_buyer();

    @Message
    String contract_type();

    @Message
    String contract_sellerEntityType();

    @Message
    String contract_buyerEntityType();

    @Message
    String contract_buyer_code();

    @Message
    String contract_signing_date();

    @Message
    String contract_valid_from();

    @Message
    String contract_valid_to();

    @Message
    String contract_validity();

    @Message
    String contract_amount();

    @Message
    String contract_amount_wan();

    @Message
    String contract_transaction();

    @Message
    String contract_transaction_wan();

    @Message
    String contract_equipment();

    @Message
    String contract_equipment_wan();

    @Message
    String contract_payment_terms();

    @Message
    String contract_due();

    @Message
    String contract_overdue();

    @Message
    String contract_number();

    @Message
    String contract_certificate();

    @Message
    String contract_approved();

    @Message
    String contract_approved_wan();

    @Message
    String contract_buyer_confirmed();

    @Message
    String contract_document();

    @Message
    String contract_prechecks();

    @Message
    String precheck_blocking();

    @Message
    String precheck_warning();

    @Message
    String contract_upload();

    @Message
    String contract_upload_submit();

    @Message
    String contract_confirm();

    @Message
    String contract_reason_hint();

    @Message
    String contract_register();

    @Message
    String contract_reject();

    @Message
    String contract_amount_band();

    @Message
    String contract_registered_on();

    @Message
    String deals_intro();

    @Message
    String deals_none();

    @Message
    String ctype_DEVELOPMENT();

    @Message
    String ctype_TRANSFER();

    @Message
    String ctype_LICENSE();

    @Message
    String ctype_CONSULTING();

    @Message
    String ctype_SERVICE();

    @Message
    String cstatus_DRAFT();

    @Message
    String cstatus_SUBMITTED();

    @Message
    String cstatus_REGISTERED();

    @Message
    String cstatus_RETURNED();

    @Message
    String cstatus_REJECTED();

    @Message
    String etype_ENTERPRISE();

    @Message
    String etype_PUBLIC_INSTITUTION();

    @Message
    String etype_SOCIAL_ORGANISATION();

    @Message
    String etype_OTHER();

    @Message
    String contracts_none();

    /* Pre-check findings (PreCheck.of): read from Java by key. */
    @Message
    String precheck_SIGNED_DOCUMENT_MISSING();

    @Message
    String precheck_VALIDITY_EXPIRED(String p0);

    @Message
    String precheck_TRANSACTION_ABOVE_CONTRACT();

    @Message
    String precheck_EQUIPMENT_INCLUDED();

    @Message
    String precheck_TYPE_INCONSISTENT_WITH_LISTING(String p0, String p1);

    @Message
    String precheck_DUPLICATE_OF_REGISTERED();

    @Message
    String deal_band_UNDER_10W();

    @Message
    String deal_band_10W_100W();

    @Message
    String deal_band_100W_1000W();

    @Message
    String deal_band_OVER_1000W();
}
