package org.techmarket.voucher;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the voucher pages. Texts in {@code messages/vc.properties} (zh-CN)
 * and {@code messages/vc_en.properties}; used in templates as {@code {vc:key}}.
 */
@MessageBundle(value = "vc", locale = "zh-CN")
public interface VoucherMessages {

    @Message
    String programs_title();

    @Message
    String programs_intro();

    @Message
    String programs_none();

    @Message
    String program_name();

    @Message
    String program_year();

    @Message
    String program_budget();

    @Message
    String program_budget_yuan();

    @Message
    String program_face();

    @Message
    String program_face_yuan();

    @Message
    String program_cofunding();

    @Message
    String program_use_deadline();

    @Message
    String program_redemption_deadline();

    @Message
    String program_categories();

    @Message
    String program_places();

    @Message
    String program_new();

    @Message
    String program_create();

    @Message
    String application_mine();

    @Message
    String application();

    @Message
    String applications_title();

    @Message
    String apply_title();

    @Message
    String apply_purpose();

    @Message
    String apply_submit();

    @Message
    String apply_login();

    @Message
    String approve();

    @Message
    String reject();

    @Message
    String pay();

    @Message
    String reason_if_reject();

    @Message
    String enterprise();

    @Message
    String provider();

    @Message
    String category();

    @Message
    String lottery_title();

    @Message
    String lottery_intro();

    @Message
    String lottery_seed();

    @Message
    String lottery_draw();

    @Message
    String lottery_rank();

    @Message
    String lottery_entrants();

    @Message
    String lottery_ticket();

    @Message
    String lottery_won();

    @Message
    String lottery_rule();

    @Message
    String lotteries_title();

    @Message
    String workspace_title();

    @Message
    String my_vouchers();

    @Message
    String my_vouchers_none();

    @Message
    String voucher_code();

    @Message
    String balance_available();

    @Message
    String balance_reserved();

    @Message
    String balance_redeemed();

    @Message
    String balance_expired();

    @Message
    String order_new();

    @Message
    String order_description();

    @Message
    String order_amount();

    @Message
    String order_amount_yuan();

    @Message
    String order_voucher_part();

    @Message
    String order_create();

    @Message
    String order_cancel();

    @Message
    String order_deliver();

    @Message
    String orders_title();

    @Message
    String orders_none();

    @Message
    String providers_none();

    @Message
    String amount_yuan();

    @Message
    String use_voucher();

    @Message
    String provider_registration();

    @Message
    String provider_intro();

    @Message
    String provider_apply();

    @Message
    String providers_title();

    @Message
    String redemption();

    @Message
    String redemptions_title();

    @Message
    String redemption_amount();

    @Message
    String invoice_number();

    @Message
    String proof();

    @Message
    String proof_open();

    @Message
    String proof_missing();

    @Message
    String redeem();

    @Message
    String flags();

    @Message
    String ledger_title();

    @Message
    String ledger_ok();

    @Message
    String ledger_broken();

    @Message
    String ledger_rule();

    @Message
    String ledger_subject();

    @Message
    String ledger_detail();

    @Message
    String figures_title();

    @Message
    String figures_month();

    @Message
    String figures_movement();

    @Message
    String figures_amount();

    @Message
    String desk_title();

    @Message
    String review_SUBMITTED();

    @Message
    String review_APPROVED();

    @Message
    String review_REJECTED();

    @Message
    String voucher_ACTIVE();

    @Message
    String voucher_EXHAUSTED();

    @Message
    String voucher_EXPIRED();

    @Message
    String order_OPEN();

    @Message
    String order_DELIVERED();

    @Message
    String order_REDEEMED();

    @Message
    String order_CANCELLED();

    @Message
    String cat_TESTING();

    @Message
    String cat_RND();

    @Message
    String cat_DESIGN();

    @Message
    String cat_CONSULTING();

    @Message
    String cat_TRANSFER();

    @Message
    String cat_CERTIFICATION();

    @Message
    String flag_REPEATED_PAIR(long count);

    @Message
    String flag_NEAR_DEADLINE(long count);

    @Message
    String flag_SHARED_CONTACT();

    @Message
    String flag_SPLIT_CLAIMS(long count, String yuan);

    @Message
    String flag_PROVIDER_BURST(long count);

    @Message
    String move_ISSUE();

    @Message
    String move_RESERVE();

    @Message
    String move_RELEASE();

    @Message
    String move_REDEEM();

    @Message
    String move_EXPIRE();

    @Message
    String totals_title();

    @Message
    String totals_outstanding();

    @Message
    String list_sep();

    @Message
    String totals_with_program();

    @Message
    String program_applications_open();

    @Message
    String program_applications_close();

    @Message
    String program_cap_yuan();

    @Message
    String program_cap_hint();

    @Message
    String program_draft_hint();

    @Message
    String program_window();

    @Message
    String program_cap();

    @Message
    String program_lifecycle();

    @Message
    String program_open();

    @Message
    String program_close();

    @Message
    String program_delete();

    @Message
    String program_status_DRAFT();

    @Message
    String program_status_OPEN();

    @Message
    String program_status_CLOSED();

    @Message
    String order_serves();

    @Message
    String order_serves_none();

    @Message
    String order_serves_contract();

    @Message
    String order_serves_case();
}
