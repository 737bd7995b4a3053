package org.techmarket.challenge;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the challenge pages (teams, public, staff). Texts in {@code messages/cg.properties} (zh-CN)
 * and {@code messages/cg_en.properties}; used in templates as {@code {cg:key}}.
 */
@MessageBundle(value = "cg", locale = "zh-CN")
public interface ChallengeMessages {

    @Message
    String cgstage_DRAFT();

    @Message
    String cgstage_OPEN();

    @Message
    String cgstage_CLOSED();

    @Message
    String cgstage_UNDER_REVIEW();

    @Message
    String cgstage_FINAL();

    @Message
    String cgstage_PUBLICISED();

    @Message
    String cgstage_AWARDED();

    @Message
    String cgstage_NO_AWARD();

    @Message
    String cgsource_ENTERPRISE_NEED();

    @Message
    String cgsource_GOVERNMENT();

    @Message
    String challenges_title();

    @Message
    String challenges_intro();

    @Message
    String challenges_none();

    @Message
    String challenge_filter_all();

    @Message
    String challenge_filter_apply();

    @Message
    String challenge_title();

    @Message
    String challenge_owner();

    @Message
    String challenge_source();

    @Message
    String challenge_bounty();

    @Message
    String challenge_bounty_wan();

    @Message
    String challenge_deadline();

    @Message
    String challenge_deadline_hint();

    @Message
    String challenge_stage();

    @Message
    String challenge_teams();

    @Message
    String challenge_field();

    @Message
    String challenge_region();

    @Message
    String challenge_problem();

    @Message
    String challenge_eligibility();

    @Message
    String challenge_criteria();

    @Message
    String challenge_criterion();

    @Message
    String challenge_weight();

    @Message
    String challenge_description();

    @Message
    String challenge_score_max();

    @Message
    String challenge_score_scale(short max);

    @Message
    String challenge_objection_days();

    @Message
    String challenge_winner();

    @Message
    String challenge_winner_title();

    @Message
    String challenge_take_up();

    @Message
    String challenge_objection();

    @Message
    String challenge_closed_note();

    @Message
    String challenge_need();

    @Message
    String challenge_need_id();

    @Message
    String challenge_need_hint();

    @Message
    String challenge_owner_org();

    @Message
    String challenge_new();

    @Message
    String challenge_new_hint();

    @Message
    String challenge_edit();

    @Message
    String challenge_open();

    @Message
    String challenge_open_hint();

    @Message
    String challenge_save();

    @Message
    String challenge_criteria_hint();

    @Message
    String challenge_submissions();

    @Message
    String challenge_submissions_sealed();

    @Message
    String challenge_submissions_none();

    @Message
    String challenge_suggestions();

    @Message
    String challenge_suggested_result();

    @Message
    String challenge_suggestions_none();

    @Message
    String challenge_score();

    @Message
    String challenge_review_link();

    @Message
    String challenge_public_page();

    @Message
    String challenge_staff_title();

    @Message
    String submission_title();

    @Message
    String submission_name();

    @Message
    String submission_description();

    @Message
    String submission_team();

    @Message
    String submission_plan();

    @Message
    String submission_budget();

    @Message
    String submission_budget_wan();

    @Message
    String submission_saved();

    @Message
    String submission_submitted();

    @Message
    String submission_last_saved();

    @Message
    String submission_save();

    @Message
    String submission_update();

    @Message
    String submission_none();

    @Message
    String submission_sealed_hint();

    @Message
    String submission_attachments();

    @Message
    String submission_attach();

    @Message
    String submission_file();

    @Message
    String submission_team_org();
}
