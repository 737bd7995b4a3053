package org.techmarket.common;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The page texts, used in templates as {@code {msg:key}}. The texts live in
 * {@code messages/msg.properties} (zh-CN, the default) and {@code messages/msg_en.properties};
 * this interface only declares the keys so that Qute can check every template at build time.
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
    String home_title();

    @Message
    String home_lead();

    @Message
    String home_results();

    @Message
    String home_results_text();

    @Message
    String home_needs();

    @Message
    String home_needs_text();

    @Message
    String home_matching();

    @Message
    String home_matching_text();

    @Message
    String home_contracts();

    @Message
    String home_contracts_text();

    @Message
    String home_vouchers();

    @Message
    String home_vouchers_text();

    @Message
    String login_title();

    @Message
    String login_error();

    @Message
    String login_registered();

    @Message
    String login_submit();

    @Message
    String login_no_account();

    @Message
    String register_title();

    @Message
    String register_intro();

    @Message
    String register_person();

    @Message
    String register_organisation();

    @Message
    String register_organisation_hint();

    @Message
    String register_submit();

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
    String hint_region();

    @Message
    String role_RESEARCHER();

    @Message
    String role_ENTERPRISE();

    @Message
    String role_PROVIDER();

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
    String org_status();

    @Message
    String org_reason();

    @Message
    String org_reason_hint();

    @Message
    String org_verify();

    @Message
    String org_reject();

    @Message
    String org_members();

    @Message
    String org_approve_member();

    @Message
    String org_registered_at();

    @Message
    String account_title();

    @Message
    String account_organisation();

    @Message
    String account_membership();

    @Message
    String account_member();

    @Message
    String account_awaiting();

    @Message
    String account_pending_notice();

    @Message
    String staff_orgs_title();

    @Message
    String staff_orgs_empty();

    @Message
    String staff_members_awaiting();

    @Message
    String staff_members_none();

    @Message
    String admin_staff_title();

    @Message
    String admin_staff_create();

    @Message
    String admin_staff_submit();

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
    String flash_registered();

    @Message
    String flash_decided();

    @Message
    String flash_member_approved();

    @Message
    String flash_staff_created();

    @Message
    String logout_confirm();
}
