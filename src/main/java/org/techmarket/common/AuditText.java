package org.techmarket.common;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.Arrays;
import java.util.Map;

/**
 * How an audit entry reads on a page, in the page's language: its action ({@code audit_action_*}), its
 * states (the label of the entity's status, else {@code audit_state_*}) and the reasons the system writes
 * ({@link AuditTrail#reason}, {@code audit_reason_*}). What has no label shows as stored, never fails.
 */
@TemplateExtension
public final class AuditText {

    /** The bundle and label prefix of each audited entity's states (the features' @LabelKeys of their status). */
    private static final Map<String, String[]> STATES = Map.ofEntries(
            Map.entry("Listing", new String[] {"ls", "lstatus"}),
            Map.entry("Contract", new String[] {"ct", "cstatus"}),
            Map.entry("Challenge", new String[] {"cg", "cgstage"}),
            Map.entry("Organisation", new String[] {"msg", "orgstatus"}),
            Map.entry("MatchCase", new String[] {"msg", "case"}),
            Map.entry("UserAccount", new String[] {"msg", "role"}),
            Map.entry("VoucherProgram", new String[] {"vc", "program_status"}),
            Map.entry("VoucherApplication", new String[] {"vc", "review"}),
            Map.entry("Redemption", new String[] {"vc", "review"}),
            Map.entry("ProviderRegistration", new String[] {"vc", "review"}),
            Map.entry("Voucher", new String[] {"vc", "voucher"}),
            Map.entry("ServiceOrder", new String[] {"vc", "order"}),
            Map.entry("Trade", new String[] {"td", "trade_status"}),
            Map.entry("Auction", new String[] {"td", "auction_status"}),
            Map.entry("AuctionBidder", new String[] {"td", "auction_deposit"}),
            Map.entry("TradeDeal", new String[] {"td", "trade_deal"}));

    /** How a reason's value marks an amount in fen, shown as money in the reader's language. */
    private static final String FEN = "fen:";

    private AuditText() {
    }

    static String actionText(AuditEvent e, @TemplateAttribute("locale") Object locale) {
        return action(e.action, Bundles.language(locale));
    }

    static String fromText(AuditEvent e, @TemplateAttribute("locale") Object locale) {
        return state(e.entityType, e.fromState, Bundles.language(locale));
    }

    static String toText(AuditEvent e, @TemplateAttribute("locale") Object locale) {
        return state(e.entityType, e.toState, Bundles.language(locale));
    }

    static String reasonText(AuditEvent e, @TemplateAttribute("locale") Object locale) {
        return reason(e.reason, Bundles.language(locale));
    }

    static String actorText(AuditEvent e, @TemplateAttribute("locale") Object locale) {
        return AuditTrail.SYSTEM.equals(e.actor) ? Bundles.text("msg", "audit_actor_system", Bundles.language(locale))
                .orElse(e.actor) : e.actor;
    }

    /** A stored reason shown elsewhere than in the audit list (a refusal drawn by lot), in the page's language. */
    static String reasonText(String reason, @TemplateAttribute("locale") Object locale) {
        return reason(reason, Bundles.language(locale));
    }

    public static String action(String action, Language language) {
        return action == null ? "" : Bundles.text("msg", "audit_action_" + action.replace('-', '_'), language).orElse(action);
    }

    /** The label of a stored state; "—" for none. */
    public static String state(String entityType, String state, Language language) {
        if (state == null || state.isEmpty()) {
            return "—";
        }
        String[] labels = STATES.get(entityType);
        return (labels == null ? java.util.Optional.<String>empty() : Bundles.text(labels[0], labels[1] + "_" + state, language))
                .or(() -> Bundles.text("msg", "audit_state_" + state, language)).orElse(state);
    }

    /** A reason as written: a person's words as they are, a system reason in the reader's language. */
    public static String reason(String reason, Language language) {
        if (reason == null || !reason.startsWith(AuditTrail.REASON_KEY)) {
            return reason == null ? "" : reason;
        }
        String[] parts = reason.substring(1).split(AuditTrail.REASON_SEPARATOR, -1);
        return Bundles.text("msg", "audit_reason_" + parts[0], language)
                .map(pattern -> Bundles.fill(pattern, Arrays.stream(parts, 1, parts.length).map(p -> codes(p, language)).toList()))
                .orElse(reason);
    }


    /** An amount as a reason's value ({@link AuditTrail#reason}): shown as 元/万元, or yuan in English. */
    public static String amount(long fen) {
        return FEN + fen;
    }

    /**
     * A value that is a list of codes ("A,B") shows each code by its {@code audit_code_*} label; change lines
     * ({@link ChangeLines}) by their field and value labels.
     */
    private static String codes(String value, Language language) {
        if (value.matches(FEN + "\\d+")) {
            return Money.local(Long.parseLong(value.substring(FEN.length())), language == Language.EN);
        }
        if (!value.matches("[A-Z][A-Z_]*(,[A-Z][A-Z_]*)*")) {
            return ChangeLines.changes(value, language);
        }
        String separator = language == Language.EN ? ", " : "、";
        return String.join(separator, Arrays.stream(value.split(","))
                .map(c -> Bundles.text("msg", "audit_code_" + c, language).orElse(c)).toList());
    }
}
