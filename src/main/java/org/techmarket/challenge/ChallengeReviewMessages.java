package org.techmarket.challenge;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the challenge review pages (reviewers, staff review, objections). Texts in
 * {@code messages/cr.properties} (zh-CN) and {@code messages/cr_en.properties}; used in templates as {@code {cr:key}}.
 */
@MessageBundle(value = "cr", locale = "zh-CN")
public interface ChallengeReviewMessages {

    @Message
    String cr_title_reviewer();

    @Message
    String cr_reviewer_intro();

    @Message
    String cr_none();

    @Message
    String cr_challenge();

    @Message
    String cr_submission();

    @Message
    String cr_stage();

    @Message
    String cr_status();

    @Message
    String cr_complete();

    @Message
    String cr_pending();

    @Message
    String cr_conflicts_link();

    @Message
    String cr_description();

    @Message
    String cr_team();

    @Message
    String cr_plan();

    @Message
    String cr_budget();

    @Message
    String cr_criteria();

    @Message
    String cr_weight();

    @Message
    String cr_scale();

    @Message
    String cr_score();

    @Message
    String cr_comment();

    @Message
    String cr_save_scores();

    @Message
    String cr_saved();

    @Message
    String cr_locked();

    @Message
    String cr_back();

    @Message
    String cr_conflicts_intro();

    @Message
    String cr_conflicts_none();

    @Message
    String cr_organisation();

    @Message
    String cr_reason();

    @Message
    String cr_declared_at();

    @Message
    String cr_credit_code();

    @Message
    String cr_declare();

    @Message
    String cr_staff_title();

    @Message
    String cr_back_challenge();

    @Message
    String cr_sealed();

    @Message
    String cr_reviewers();

    @Message
    String cr_no_reviewers();

    @Message
    String cr_invite();

    @Message
    String cr_reviewer();

    @Message
    String cr_assignments();

    @Message
    String cr_assign();

    @Message
    String cr_assign_evenly();

    @Message
    String cr_start();

    @Message
    String cr_ranking();

    @Message
    String cr_rank();

    @Message
    String cr_mean();

    @Message
    String cr_spread();

    @Message
    String cr_spread_flag();

    @Message
    String cr_reviews_in();

    @Message
    String cr_shortlisted();

    @Message
    String cr_save_shortlist();

    @Message
    String cr_final();

    @Message
    String cr_final_score();

    @Message
    String cr_winner();

    @Message
    String cr_note();

    @Message
    String cr_record_final();

    @Message
    String cr_publicise();

    @Message
    String cr_objection_ends();

    @Message
    String cr_objections();

    @Message
    String cr_no_objections();

    @Message
    String cr_raised_at();

    @Message
    String cr_decision();

    @Message
    String cr_uphold();

    @Message
    String cr_dismiss();

    @Message
    String cr_award();

    @Message
    String cr_no_award();

    @Message
    String cr_no_award_reason();

    @Message
    String cr_contract();

    @Message
    String cr_done();

    @Message
    String cr_objection_title();

    @Message
    String cr_objection_intro();

    @Message
    String cr_not_publicised();

    @Message
    String cr_objection_login();

    @Message
    String cr_objection_send();

    @Message
    String cr_objection_sent();

    @Message
    String cr_bounty();

    @Message
    String crdecision_UPHELD();

    @Message
    String crdecision_DISMISSED();
}
