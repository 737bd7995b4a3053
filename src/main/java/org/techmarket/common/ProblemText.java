package org.techmarket.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ContextNotActiveException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The human text of an error in the reader's language. Checks throw their message in English, which
 * serves as the message id (as gettext does): the first pattern that matches it names its text in
 * {@code ValidationMessages_zh/_en} ({@code techmarket.problem.*}), and the pattern's groups fill
 * {@code {p0}}, {@code {p1}} … An entity name ("Contract 5 not found") and states ("cannot move from
 * DRAFT to …") show by their labels. A message without a pattern is shown as thrown; a message that is
 * already a text of the bundles (Chinese) is left as it is. Codes for machines stay in the problem's fields.
 */
public final class ProblemText {

    private record Entry(Pattern pattern, String key) {
    }

    private static final List<Entry> ENTRIES = List.of(
            entry("required", "required"),
            entry("must not be blank", "blank"),
            entry("request body is required", "body_required"),
            entry("at most (\\d+) characters", "max_chars"),
            entry("max (\\d+) characters", "max_chars"),
            entry("(\\d+)–(\\d+) characters", "chars_between"),
            entry("1–64 characters, or none for a random seed", "seed"),
            entry("1–3650 days \\(empty: (\\d+)\\)", "valid_days"),
            entry("between (\\d+) and (\\d+)", "between"),
            entry("must be between (\\d+) and (\\d+)", "between"),
            entry("a year from (\\d+) to (\\d+)", "year_between"),
            entry("must be 1, 2, 3 or 4", "quarter"),
            entry("a quarter needs a year", "quarter_year"),
            entry("TRL is between 1 and 9", "trl"),
            entry("at most (\\d+) years ahead", "years_ahead"),
            entry("a whole number", "whole_number"),
            entry("a number", "number"),
            entry("true or false", "boolean"),
            entry("text", "text"),
            entry("a date \\((?:YYYY-MM-DD|yyyy-mm-dd)\\)", "date"),
            entry("not a number: (.*)", "not_number"),
            entry("number out of range", "out_of_range"),
            entry("unknown property", "unknown_property"),
            entry("invalid value or format", "invalid_value"),
            entry("invalid value: expected (.*)", "expected"),
            entry("one of \\[(.*)\\]", "one_of"),
            entry("malformed JSON at line (\\d+), column (\\d+)", "malformed_json"),
            entry("unknown value (.*)", "unknown_value"),
            entry("unknown region code", "region_unknown"),
            entry("a province \\(2 digits\\) or region code \\(6 digits\\)", "region_filter"),
            entry("a search may have at most (\\d+) characters", "search_length"),
            entry("a positive amount in fen", "positive_fen"),
            entry("a positive amount in (.*)", "positive_amount"),
            entry("the file is larger than 10 MB", "file_too_large"),
            entry("the PDF is larger than 10 MB", "file_too_large"),
            entry("choose an \\.xlsx or \\.csv file", "choose_sheet"),
            entry("upload an \\.xlsx or \\.csv file", "choose_sheet"),
            entry("this is not an \\.xlsx spreadsheet", "not_xlsx"),
            entry("the file could not be read as a spreadsheet", "unreadable_sheet"),
            entry("the sheet is empty", "empty_sheet"),
            entry("at most (\\d+) rows per file", "max_rows"),
            entry("the CSV file must be UTF-8 text", "csv_utf8"),
            entry("the first row must name the columns \\(.*\\)", "header_row"),
            entry("choose the signed contract as a PDF", "choose_pdf"),
            entry("the file is not a PDF", "not_pdf"),
            entry("choose the invoice or service report \\(PDF, PNG or JPEG\\)", "choose_proof"),
            entry("the file is not a PDF, PNG or JPEG", "not_proof"),
            entry("a reason is required to .*", "reason_required"),
            entry("a decline needs a reason code", "decline_reason"),
            entry("(?:[A-Z_]+, )*[A-Z_]+ or [A-Z_]+", "choice"),
            entry("one of (?:[A-Z_]+, )*[A-Z_]+", "choice"),
            entry("has passed; edit the draft before opening it", "date_passed"),
            entry("must not exceed the budget", "above_budget"),
            entry("from last year to 5 years ahead", "program_year"),
            entry("required, from today to 20 years ahead", "use_deadline"),
            entry("required, from the use deadline to 5 years after it", "redemption_deadline"),
            entry("from a year ago to the use deadline", "applications_open"),
            entry("from today and the opening day to the use deadline", "applications_close"),
            entry("at least the face value \\(or none\\)", "per_firm_cap"),
            entry("at least one service category", "one_category"),
            entry("unknown service categories .*", "unknown_category"),
            entry("not a provider registered for this category", "provider_category"),
            entry("not a technology contract of your organisation", "own_contract"),
            entry("not a brokered case of your organisation", "own_case"),
            entry("the contract belongs to case (\\d+)", "contract_case"),
            entry("a case or a contract of your organisation", "case_or_contract"),
            entry("more than what is left on the voucher.*", "above_voucher"),
            entry("required: .*", "required"),
            entry("an Idempotency-Key header \\(1–100 characters\\) is required", "idempotency_key"),
            entry("One or more fields are invalid", "fields_invalid"),
            entry("The request cannot be applied", "unprocessable"),
            entry("The request body is not valid JSON for this resource", "bad_json"),
            entry("No such page or resource: (.*)", "no_such_page"),
            entry("(.+) (\\S+) not found", "not_found"),
            entry("(.+) cannot move from (\\S+) to (\\S+)", "transition"),
            entry("Your role does not allow this", "role"),
            entry("Log in to use this resource", "login"),
            entry("Something went wrong on our side \\(incident (\\w+)\\)", "server_error"),
            entry("The database took too long to answer; try again in a moment", "database_slow"),
            entry("The database is not reachable at the moment; try again in a moment", "database_unreachable"),
            entry("There is no room to receive the file at the moment; try again later", "disk_full"),
            entry("Insufficient Storage", "title_507"),
            entry("Only market staff .*", "staff_only"),
            entry("Not Found", "title_404"),
            entry("Conflict", "title_409"),
            entry("Invalid input", "title_400"),
            entry("Unprocessable request", "title_422"),
            entry("Forbidden", "title_403"),
            entry("Unauthorized", "title_401"),
            entry("Too Many Requests", "title_429"),
            entry("Service Unavailable", "title_503"),
            entry("Internal Server Error", "title_500"),
            entry("The buyer has not confirmed this contract yet", "buyer_unconfirmed"),
            entry("The buyer has already confirmed this contract", "buyer_confirmed"),
            entry("The signed contract document is missing", "document_missing"),
            entry("An open case for this need and result already exists", "case_exists"),
            entry("Both listings must be published to open a case", "case_unpublished"),
            entry("A need and a result of the same organisation make no case", "case_same_org"),
            entry("This inquiry has already been answered", "inquiry_answered"),
            entry("You cannot send an inquiry about your own organisation's listing", "inquiry_own"),
            entry("This invoice number has already been used", "invoice_used"),
            entry("Your organisation has already applied to this program", "applied"),
            entry("Your organisation must be verified to apply", "verify_to_apply"),
            entry("This (?:application|redemption|registration|provider registration) has already been decided", "decided"),
            entry("unknown mode (.*)", "unknown_mode"),
            entry("no registered organisation has this credit code", "no_org"),
            entry("the organisation is not verified", "org_unverified"),
            entry("not a whole number: (.*)", "not_whole"),
            entry("not a date \\(yyyy-mm-dd\\): (.*)", "not_date"),
            entry("budget minimum must not exceed the maximum", "budget_order"),
            entry("Only the two parties and staff write in a case", "case_parties"),
            entry("Only the seller changes and submits the contract", "seller_only"),
            entry("Only the buyer confirms the contract", "buyer_only"),
            entry("Only staff or one of the two parties open a case", "case_open_parties"),
            entry("Only service providers register for voucher services", "providers_only"),
            entry("Contracts are drafted by the seller, not by staff", "seller_drafts"),
            entry("Vouchers are for member enterprises", "enterprises_only"),
            entry("Service orders are placed by enterprises", "orders_enterprises"),
            entry("This listing belongs to another organisation", "other_org_listing"),
            entry("A (\\S+) contract cannot be edited", "contract_not_editable"),
            entry("A (\\S+) listing cannot be edited", "listing_not_editable"),
            entry("This voucher is (exhausted|expired|active)", "voucher_state"),
            entry("Vouchers apply to open orders only", "open_orders"),
            entry("This order is already paid with another voucher", "order_paid"),
            entry("This order already has a redemption", "order_redeemed"),
            entry("This provider is already registered or waiting", "provider_exists"),
            entry("The program's use deadline has passed", "use_deadline_passed"),
            entry("The program's redemption deadline has passed", "redemption_deadline_passed"),
            entry("The provider has not uploaded the proof of this redemption yet", "proof_missing"),
            entry("The listing is no longer published \\((\\S+)\\)", "listing_unpublished"),
            entry("This inquiry has already been answered", "inquiry_answered"),
            entry("the date has passed; correct it before submitting", "date_passed_submit"),
            entry("unknown value", "unknown_value_plain"),
            entry("not a date \\(yyyy-mm-dd\\)", "date"),
            entry("must not exceed the contract amount", "above_contract"),
            entry("must not be before the start date", "before_start"),
            entry("no organisation with this credit code is registered on the platform", "no_org_code"),
            entry("the buyer must be another organisation than the seller", "buyer_not_seller"),
            entry("no such match case", "no_case"),
            entry("no such listing", "no_listing"),
            entry("must not be negative", "negative"),
            entry("not a result of your organisation", "trade_own_result"),
            entry("only a published result is listed for sale", "trade_published_only"),
            entry("must be after the opening time", "trade_after_opening"),
            entry("no such bidder in this auction", "trade_no_bidder"),
            entry("A bid must be at least (\\d+) fen", "trade_bid_low"),
            entry("The auction is not open for bids", "trade_not_open"),
            entry("Register and pay the deposit before bidding", "trade_deposit_first"),
            entry("You cannot buy your own organisation's result", "trade_own_buy"),
            entry("Intents are taken during the notice period only", "trade_notice_only"),
            entry("Only a trade with several intended buyers goes to auction", "trade_auction_several"),
            entry("Only enterprises that declared intent during the notice period may bid", "trade_bidders_intent"),
            entry("Register for the auction before paying the deposit", "trade_register_first"),
            entry("The auction is closed", "trade_auction_closed"),
            entry("The deposit is already paid", "trade_deposit_paid"),
            entry("This deposit is not held \\(already refunded, applied or never paid\\)", "trade_deposit_not_held"),
            entry("This deposit is not refundable now", "trade_deposit_not_refundable"),
            entry("This trade already has an auction", "trade_has_auction"),
            entry("Intents to buy are declared by enterprises", "trade_intent_enterprises"),
            entry("Only the owner withdraws or relists a trade", "trade_owner_only"),
            entry("Results are listed for sale by their owners", "trade_listed_by_owner"),
            entry("This result is already on sale", "trade_on_sale"),
            entry("must equal the auction's deposit", "trade_deposit_amount"),
            entry("a date and time as YYYY-MM-DD HH:MM \\(Lanzhou time\\)", "trade_date_time"),
            entry("not a 6-digit GB/T 2260 region code", "region_code"),
            entry("stopped after (\\d+) attempts", "job_attempts"),
            entry("no handler for jobs of kind (.*)", "job_kind"),
            entry("could not be saved", "item_not_saved"),
            entry("at most (\\d+) rows per file", "too_many_rows"),
            entry("not an amount in (万元|元): (.*)", "amount_unreadable"),
            entry("at most (\\d+) decimals in (万元|元) \\(one fen\\)", "amount_decimals"),
            entry("at most ([\\d.]+) (万元|元)", "amount_max"),
            entry("Only a delivered order paid with a voucher is redeemed", "redeem_delivered"),
            entry("Only a draft program can be (deleted|edited|opened).*", "draft_program"),
            entry("Only an open program can be closed.*", "open_program"),
            entry("Only a rejected one is submitted again", "resubmit_rejected"),
            entry("The document of a (\\S+) contract cannot be replaced", "document_fixed"),
            entry("The market's own organisation is not verified by staff", "market_org"),
            entry("The organisation is not verified yet.*", "org_not_verified"),
            entry("The program does not cover (.*)", "program_category"),
            entry("The proof of a decided redemption cannot be replaced", "proof_fixed"),
            entry("The provider's organisation has not been verified yet", "provider_unverified"),
            entry("These terms are the published ones: nothing to review", "nothing_to_review"),
            entry("This contract has already been decided or is not submitted \\((\\S+)\\)", "contract_decided"),
            entry("This revision was already decided \\((\\S+)\\)", "revision_decided"),
            entry("This program does not take applications now.*", "program_closed"),
            entry("At most (\\d+) tokens per person.*", "max_tokens"),
            entry("The item changed hands while it was being taken.*", "claim_changed"),
            entry("Not oversubscribed: (\\d+) applications wait for (\\d+) places; decide them one by one", "not_oversubscribed"),
            entry("must be in the future", "challenge_future"),
            entry("the deadline has passed", "challenge_deadline_passed"),
            entry("at least one criterion is required to open a challenge", "challenge_no_criteria"),
            entry("the need is not published", "challenge_need_unpublished"),
            entry("save the submission before attaching files", "challenge_save_first"),
            entry("at most (\\d+) attachments", "challenge_attachments"),
            entry("Only a draft challenge can be (edited|opened)", "challenge_not_draft"),
            entry("Only universities, institutes and enterprises take part in challenges", "challenge_teams_only"),
            // Challenge review (揭榜挂帅评审)
            entry("no such organisation", "cr_no_org"),
            entry("not an expert reviewer", "cr_not_reviewer"),
            entry("not a submission of this challenge", "cr_not_submission"),
            entry("not a reviewer of this challenge", "cr_not_challenge_reviewer"),
            entry("the reviewer declared a conflict of interest with this team", "cr_reviewer_conflict"),
            entry("every submission needs a reviewer first", "cr_unassigned"),
            entry("submissions of this challenge, at least one", "cr_shortlist"),
            entry("(\\d+) assigned reviews are not complete", "cr_reviews_incomplete"),
            entry("a shortlisted submission of this challenge", "cr_shortlisted"),
            entry("record the final round first", "cr_final_first"),
            entry("objections are taken during the publicity only", "cr_objection_period"),
            entry("the objection period has not ended", "cr_objection_running"),
            entry("decide every objection first", "cr_objections_open"),
            entry("not a criterion of this challenge", "cr_not_criterion"),
            entry("scored twice", "cr_scored_twice"),
            entry("not a submission assigned to you", "cr_not_assigned"),
            entry("you declared a conflict of interest with this team", "cr_own_conflict"),
            entry("Scores are given while the challenge is under review", "cr_score_stage"),
            entry("Only the reviewers assigned to a submission score it", "cr_reviewers_only"),
            entry("This objection has already been decided", "cr_objection_decided"),
            entry("Submissions are assigned before the final round", "cr_assign_stage"),
            entry("The shortlist is drawn up during the review", "cr_shortlist_stage"),
            entry("Reviewers take part from the deadline to the decision", "cr_reviewer_stage"),
            entry("not a published result", "not_published_result"),
            entry("not a result exhibited at this expo", "not_exhibited"),
            entry("outside the expo's days", "outside_expo"),
            entry("must be after the start", "after_start"),
            entry("a time \\(hh:mm\\)", "time"));

    private ProblemText() {
    }

    private static Entry entry(String regex, String key) {
        return new Entry(Pattern.compile(regex), key);
    }

    /** The message in the language of the current request (Chinese outside one). */
    public static String localize(String message) {
        return localize(message, currentLanguage());
    }

    public static String localize(String message, Language language) {
        if (message == null) {
            return null;
        }
        for (Entry entry : ENTRIES) {
            Matcher m = entry.pattern.matcher(message);
            if (m.matches()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= m.groupCount(); i++) {
                    values.add(m.group(i) == null ? "" : m.group(i));
                }
                if (entry.key.equals("not_found") || entry.key.equals("transition")) {
                    String entity = values.get(0);
                    values.set(0, Texts.get("techmarket.entity." + entity.replace(' ', '_'), language.locale)
                            .replaceFirst("^techmarket\\.entity\\..*", entity));
                    if (entry.key.equals("transition")) {
                        values.set(1, AuditText.state(entity, values.get(1), language));
                        values.set(2, AuditText.state(entity, values.get(2), language));
                    }
                }
                String stateOf = switch (entry.key) {
                    case "contract_not_editable" -> "Contract";
                    case "listing_not_editable" -> "Listing";
                    case "voucher_state" -> "Voucher";
                    default -> null;
                };
                if (stateOf != null) {
                    values.set(0, AuditText.state(stateOf, values.get(0).toUpperCase(java.util.Locale.ROOT), language));
                }
                if (entry.key.equals("trade_bid_low")) {
                    values.set(0, Money.local(Long.parseLong(values.get(0)), language == Language.EN));
                }
                if (entry.key.equals("expected")) {
                    values.set(0, localize(values.get(0), language));
                }
                String pattern = Texts.get("techmarket.problem." + entry.key, language.locale);
                return Bundles.fill(pattern, values);
            }
        }
        return message;
    }

    /** Whether a message has a text of its own in the bundles (a test finds the checks that have none). */
    public static boolean known(String message) {
        return ENTRIES.stream().anyMatch(e -> e.pattern.matcher(message).matches());
    }

    public static Language currentLanguage() {
        if (Arc.container() == null) {
            return Language.ZH;
        }
        try (InstanceHandle<CurrentVertxRequest> request = Arc.container().instance(CurrentVertxRequest.class)) {
            return request.isAvailable() ? Language.of(request.get().getCurrent()) : Language.ZH;
        } catch (ContextNotActiveException e) {
            return Language.ZH;
        }
    }
}
