package org.techmarket.common;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The page texts shared by every feature. Texts in {@code messages/msg.properties} (zh-CN)
 * and {@code messages/msg_en.properties}; used in templates as {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = "zh-CN")
public interface AppMessages {

    @Message
    String site_name();

    @Message
    String site_tagline();

    @Message
    String skip_to_content();

    @Message
    String nav_main();

    @Message
    String nav_home();

    @Message
    String nav_login();

    @Message
    String nav_logout();

    @Message
    String nav_register();

    @Message
    String nav_staff_organisations();

    @Message
    String nav_admin_staff();

    @Message
    String nav_stats();

    @Message
    String home_title();

    @Message
    String home_lead();

    @Message
    String form_has_errors();

    @Message
    String field_username();

    @Message
    String field_password();

    @Message
    String field_display_name();

    @Message
    String field_email();

    @Message
    String field_phone();

    @Message
    String field_role();

    @Message
    String field_org_name();

    @Message
    String field_org_type();

    @Message
    String field_credit_code();

    @Message
    String field_region();

    @Message
    String field_contact_name();

    @Message
    String field_contact_phone();

    @Message
    String field_contact_email();

    @Message
    String hint_username();

    @Message
    String hint_password();

    @Message
    String hint_credit_code();

    @Message
    String role_RESEARCHER();

    @Message
    String role_ENTERPRISE();

    @Message
    String role_PROVIDER();

    @Message
    String role_REVIEWER();

    @Message
    String role_STAFF();

    @Message
    String role_ADMIN();

    @Message
    String orgtype_UNIVERSITY();

    @Message
    String orgtype_INSTITUTE();

    @Message
    String orgtype_ENTERPRISE();

    @Message
    String orgtype_SERVICE_PROVIDER();

    @Message
    String orgtype_MARKET();

    @Message
    String orgstatus_PENDING();

    @Message
    String orgstatus_VERIFIED();

    @Message
    String orgstatus_REJECTED();

    @Message
    String orgstatus_ALL();

    @Message
    String org_reason();

    @Message
    String flash_password_changed();

    @Message
    String flash_token_revoked();

    @Message
    String flash_reset_requested();

    @Message
    String audit_title();

    @Message
    String audit_empty();

    @Message
    String audit_time();

    @Message
    String audit_actor();

    @Message
    String audit_action();

    @Message
    String audit_change();

    @Message
    String audit_reason();

    @Message
    String error_400();

    @Message
    String error_403();

    @Message
    String error_403_text();

    @Message
    String error_404();

    @Message
    String error_404_text();

    @Message
    String error_409();

    @Message
    String error_500();

    @Message
    String error_500_text();

    @Message
    String error_back_home();

    @Message
    String flash_logged_out();

    @Message
    String flash_decided();

    @Message
    String flash_member_approved();

    @Message
    String flash_staff_created();

    @Message
    String nav_results();

    @Message
    String nav_needs();

    @Message
    String nav_my_listings();

    @Message
    String nav_inbox();

    @Message
    String nav_staff_listings();

    @Message
    String nav_staff_imports();

    @Message
    String facets();

    @Message
    String facet_field();

    @Message
    String facet_region();

    @Message
    String pager();

    @Message
    String budget();

    @Message
    String keywords();

    @Message
    String ip_status();

    @Message
    String patent_numbers();

    @Message
    String valid_until();

    @Message
    String deadline();

    @Message
    String summary();

    @Message
    String description();

    @Message
    String title();

    @Message
    String status();

    @Message
    String actions();

    @Message
    String edit();

    @Message
    String submit_for_review();

    @Message
    String withdraw();

    @Message
    String save_draft();

    @Message
    String hint_keywords();

    @Message
    String hint_trl();

    @Message
    String maturity_trl();

    @Message
    String budget_min_wan();

    @Message
    String budget_max_wan();

    @Message
    String queue_empty();

    @Message
    String kind_result();

    @Message
    String kind_need();

    @Message
    String submitted_at();

    @Message
    String publish();

    @Message
    String return_for_correction();

    @Message
    String flash_inquiry_sent();

    @Message
    String flash_listing_saved();

    @Message
    String flash_listing_submit();

    @Message
    String flash_listing_withdraw();

    @Message
    String flash_listing_confirm();

    @Message
    String flash_reply_sent();

    @Message
    String flash_reviewed();

    @Message
    String nav_cases();

    @Message
    String nav_notifications();

    @Message
    String notifications_none();

    @Message
    String fit_maturity_MEETS();

    @Message
    String fit_maturity_ONE_BELOW();

    @Message
    String fit_maturity_BELOW();

    @Message
    String fit_budget_WITHIN();

    @Message
    String fit_budget_NEGOTIABLE();

    @Message
    String fit_budget_NO_BUDGET();

    @Message
    String fit_budget_ABOVE();

    @Message
    String fit_region_SAME_PREFECTURE();

    @Message
    String fit_region_SAME_PROVINCE();

    @Message
    String fit_region_OTHER();

    @Message
    String closeness_CLOSE();

    @Message
    String closeness_RELATED();

    @Message
    String closeness_DISTANT();

    @Message
    String updated_at();

    @Message
    String case_title();

    @Message
    String case_RECOMMENDED();

    @Message
    String case_CONTACTED();

    @Message
    String case_NEGOTIATING();

    @Message
    String case_AGREED();

    @Message
    String case_DECLINED();

    @Message
    String decline_reason();

    @Message
    String decline_TOO_EARLY();

    @Message
    String decline_PRICE();

    @Message
    String decline_IP_UNCLEAR();

    @Message
    String decline_NOT_RELEVANT();

    @Message
    String decline_OTHER();

    @Message
    String comment();

    @Message
    String case_next_step();

    @Message
    String case_move();

    @Message
    String case_timeline();

    @Message
    String case_message();

    @Message
    String case_send();

    @Message
    String case_agreed_next();

    @Message
    String flash_case_opened();

    @Message
    String flash_case_moved();

    @Message
    String flash_case_message();

    @Message
    String nav_contracts();

    @Message
    String nav_staff_contracts();

    @Message
    String nav_deals();

    @Message
    String hint_buyer_code();

    @Message
    String hint_transaction();

    @Message
    String case_start_contract();

    @Message
    String flash_contract_saved();

    @Message
    String flash_contract_submit();

    @Message
    String flash_contract_confirm();

    @Message
    String flash_contract_document();

    @Message
    String flash_contract_decided();

    @Message
    String nav_vouchers();

    @Message
    String nav_staff_vouchers();

    @Message
    String flash_voucher_applied();

    @Message
    String flash_voucher_drawn();

    @Message
    String flash_voucher_registered();

    @Message
    String flash_voucher_order();

    @Message
    String flash_voucher_reserved();

    @Message
    String flash_voucher_cancelled();

    @Message
    String flash_voucher_delivered();

    @Message
    String flash_voucher_redemption();

    @Message
    String flash_voucher_program();

    @Message
    String flash_listing_revised();

    @Message
    String flash_revision_reviewed();

    @Message
    String flash_program_opened();

    @Message
    String flash_program_closed();

    @Message
    String flash_program_deleted();

    @Message
    String nav_staff_workbench();

    @Message
    String flash_claim_taken();

    @Message
    String flash_claim_released();

    @Message
    String flash_claim_refused();

    @Message
    String flash_claim_gone();

    /* Audit entries (AuditText): read from Java by key, declared here so that both files stay complete. */
    @Message
    String audit_actor_system();

    @Message
    String audit_action_create();

    @Message
    String audit_action_edit();

    @Message
    String audit_action_submit();

    @Message
    String audit_action_publish();

    @Message
    String audit_action_return();

    @Message
    String audit_action_withdraw();

    @Message
    String audit_action_confirm_available();

    @Message
    String audit_action_import();

    @Message
    String audit_action_expire();

    @Message
    String audit_action_remind_expiry();

    @Message
    String audit_action_revise();

    @Message
    String audit_action_publish_revision();

    @Message
    String audit_action_return_revision();

    @Message
    String audit_action_send();

    @Message
    String audit_action_reply();

    @Message
    String audit_action_open();

    @Message
    String audit_action_move();

    @Message
    String audit_action_apply();

    @Message
    String audit_action_apply_again();

    @Message
    String audit_action_approve();

    @Message
    String audit_action_reject();

    @Message
    String audit_action_delete();

    @Message
    String audit_action_close();

    @Message
    String audit_action_lottery();

    @Message
    String audit_action_deliver();

    @Message
    String audit_action_cancel();

    @Message
    String audit_action_upload_proof();

    @Message
    String audit_action_upload_document();

    @Message
    String audit_action_issue_password_reset();

    @Message
    String audit_action_approve_membership();

    @Message
    String audit_action_end_sessions();

    @Message
    String audit_action_revoke();

    @Message
    String audit_action_revoke_all();

    @Message
    String audit_action_register();

    @Message
    String audit_action_verify();

    @Message
    String audit_action_resubmit();

    @Message
    String audit_action_buyer_confirm();

    @Message
    String audit_action_change_password();

    @Message
    String audit_action_reset_password();

    @Message
    String audit_state_MEMBER();

    @Message
    String audit_state_AWAITING_APPROVAL();

    @Message
    String audit_state_ACTIVE();

    @Message
    String audit_state_REVOKED();

    @Message
    String audit_state_OPEN();

    @Message
    String audit_state_ANSWERED();

    @Message
    String audit_reason_demo_data();

    @Message
    String audit_reason_valid_until(String p0);

    @Message
    String audit_reason_validity_extended(String p0, String p1);

    @Message
    String audit_reason_lapses_on(String p0);

    @Message
    String audit_reason_warnings(String p0);

    @Message
    String audit_reason_revision_submitted(String p0, String p1);

    @Message
    String audit_reason_revision_published(String p0, String p1);

    @Message
    String audit_reason_revision_returned(String p0, String p1);

    @Message
    String audit_reason_market_organisation();

    @Message
    String audit_reason_issued_by(String p0);

    @Message
    String audit_reason_listing(String p0);

    @Message
    String audit_reason_lottery(String p0, String p1);

    @Message
    String audit_reason_unused_fen(String p0);

    @Message
    String audit_reason_for_user(String p0);

    @Message
    String audit_reason_by(String p0);

    @Message
    String audit_reason_lottery_lost(String p0, String p1, String p2, String p3);

    @Message
    String audit_reason_imported_by_staff();

    @Message
    String audit_code_SIGNED_DOCUMENT_MISSING();

    @Message
    String audit_code_VALIDITY_EXPIRED();

    @Message
    String audit_code_TRANSACTION_ABOVE_CONTRACT();

    @Message
    String audit_code_EQUIPMENT_INCLUDED();

    @Message
    String audit_code_TYPE_INCONSISTENT_WITH_LISTING();

    @Message
    String audit_code_DUPLICATE_OF_REGISTERED();

    @Message
    String flash_expo_saved();

    @Message
    String audit_action_add_exhibitor();

    @Message
    String audit_action_add_result();

    @Message
    String audit_action_add_session();

    @Message
    String audit_action_assign();

    @Message
    String audit_action_assign_evenly();

    @Message
    String audit_action_decide();

    @Message
    String audit_action_declare_conflict();

    @Message
    String audit_action_final();

    @Message
    String audit_action_invite_reviewer();

    @Message
    String audit_action_raise();

    @Message
    String audit_action_record();

    @Message
    String audit_action_score();

    @Message
    String audit_action_shortlist();

    @Message
    String audit_action_start_review();

    @Message
    String audit_action_publicise();

    @Message
    String audit_action_award();

    @Message
    String audit_action_no_award();

    @Message
    String audit_action_objection_upheld();

    @Message
    String audit_reason_reviewer_account(String p0);

    @Message
    String audit_reason_assigned_to(String p0, String p1);

    @Message
    String audit_reason_assignments_made(String p0);

    @Message
    String audit_reason_shortlisted(String p0);

    @Message
    String audit_reason_employer_conflict(String p0);

    @Message
    String audit_reason_result_listing(String p0);

    @Message
    String audit_reason_exhibitor_organisation(String p0);
    String audit_action_request();

    @Message
    String audit_action_list();

    @Message
    String audit_action_refuse();

    @Message
    String audit_action_relist();

    @Message
    String audit_action_intent();

    @Message
    String audit_action_notice_end();

    @Message
    String audit_action_auction_end();

    @Message
    String audit_action_bid();

    @Message
    String audit_action_deposit_paid();

    @Message
    String audit_action_deposit_refund();

    @Message
    String audit_action_deposit_apply();

    @Message
    String audit_action_deposit_forfeit();

    @Message
    String audit_action_conclude();

    @Message
    String audit_action_settle();

    @Message
    String audit_action_default();

    @Message
    String audit_reason_bidder(String p0);

    @Message
    String audit_reason_auction_bidder(String p0, String p1);

    @Message
    String audit_reason_bid(String p0, String p1);

    @Message
    String audit_reason_intent(String p0);

    @Message
    String audit_reason_intents(String p0);

    @Message
    String audit_reason_deal(String p0, String p1);

    @Message
    String audit_reason_amount(String p0);
}
