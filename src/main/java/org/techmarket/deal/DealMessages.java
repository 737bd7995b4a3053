package org.techmarket.deal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the deal page: {@code messages/dl.properties} (zh-CN) and {@code dl_en.properties}. */
@MessageBundle(value = "dl", locale = "zh-CN")
public interface DealMessages {

    @Message
    String title();

    @Message
    String intro();

    @Message
    String step_match();

    @Message
    String need();

    @Message
    String result();

    @Message
    String budget();

    @Message
    String price();

    @Message
    String score();

    @Message
    String step_case();

    @Message
    String opened();

    @Message
    String step_contract();

    @Message
    String project();

    @Message
    String type();

    @Message
    String contract_amount();

    @Message
    String registered_amount();

    @Message
    String step_voucher();

    @Message
    String order_amount();

    @Message
    String voucher_amount();

    @Message
    String redemptions();

    @Message
    String totals();

    @Message
    String total_registered();

    @Message
    String total_orders();

    @Message
    String total_reserved();

    @Message
    String total_redeemed();

    @Message
    String view_deal();
}
