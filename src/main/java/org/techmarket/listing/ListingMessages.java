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
}
