package org.techmarket.voucher;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.techmarket.common.InvalidInputException;

/** The voucher API's records: Request in, View out. */
final class VoucherApi {
    private VoucherApi() {
    }

    record ApplicationRequest(String purpose) {
    }

    record DecisionRequest(String decision, String reason) {
        boolean approve() {
            if ("APPROVE".equals(decision)) {
                return true;
            }
            if ("REJECT".equals(decision)) {
                return false;
            }
            throw org.techmarket.common.InvalidInputException.of("decision", "APPROVE or REJECT");
        }
    }

    record ProviderRequest(List<String> categories) {
    }

    record LotteryRequest(String seed) {
    }

    record TicketView(long applicationId, long organisationId, int rank, String ticket, boolean won) {
    }

    record LotteryView(long id, long programId, String seed, int places, int entrants, String drawnBy,
            java.time.OffsetDateTime drawnAt, String rule, List<TicketView> draw) {
        static LotteryView of(VoucherLottery l, List<VoucherApplication> drawn) {
            List<TicketView> tickets = drawn.stream().filter(a -> l.id.equals(a.lotteryId))
                    .sorted(java.util.Comparator.comparing(a -> a.lotteryRank))
                    .map(a -> new TicketView(a.id, a.organisationId, a.lotteryRank, VoucherLottery.ticket(l.seed, a.id),
                            a.lotteryRank <= l.places))
                    .toList();
            return new LotteryView(l.id, l.programId, l.seed, l.places, l.entrants, l.drawnBy, l.drawnAt,
                    "order by sha256(seed + \":\" + applicationId) as hex, then id; the first `places` win", tickets);
        }
    }

    record OrderRequest(Long providerOrganisationId, String category, String description, Long amountFen, Long caseId,
            Long contractId) {
    }

    record ApplyVoucherRequest(Long voucherId, Long amountFen) {
    }

    record RedemptionRequest(Long orderId, String invoiceNumber) {
    }

    record ProgramView(long id, String name, int year, long budgetFen, long faceValueFen, int coFundingPercent,
            LocalDate useDeadline, LocalDate redemptionDeadline, List<String> categories, VoucherProgram.Status status,
            LocalDate applicationsOpen, LocalDate applicationsClose, Long perFirmCapFen, boolean takesApplications) {
        static ProgramView of(VoucherProgram p) {
            return new ProgramView(p.id, p.name, p.year, p.budgetFen, p.faceValueFen, p.coFundingPercent, p.useDeadline,
                    p.redemptionDeadline, List.of(p.categories), p.status, p.applicationsOpen, p.applicationsClose,
                    p.perFirmCapFen, p.takesApplications(LocalDate.now()));
        }
    }

    record ApplicationView(long id, long programId, long organisationId, String purpose, ReviewStatus status, String reason,
            Long lotteryId, Integer lotteryRank) {
        static ApplicationView of(VoucherApplication a) {
            return new ApplicationView(a.id, a.programId, a.organisationId, a.purpose, a.status, a.reason, a.lotteryId,
                    a.lotteryRank);
        }
    }

    record VoucherView(long id, String code, long programId, long organisationId, long faceValueFen, VoucherStatus status,
            Map<String, Long> balances) {
    }

    record OrderView(long id, long enterpriseOrganisationId, long providerOrganisationId, String category,
            long amountFen, Long voucherId, long voucherAmountFen, OrderStatus status, Long caseId, Long contractId) {
        static OrderView of(ServiceOrder o) {
            return new OrderView(o.id, o.enterpriseOrganisationId, o.providerOrganisationId, o.category, o.amountFen,
                    o.voucherId, o.voucherAmountFen, o.status, o.caseId, o.contractId);
        }
    }

    record RedemptionView(long id, long orderId, long voucherId, long amountFen, String invoiceNumber, ReviewStatus status,
            String reason) {
        static RedemptionView of(Redemption r) {
            return new RedemptionView(r.id, r.orderId, r.voucherId, r.amountFen, r.invoiceNumber, r.status, r.reason);
        }
    }

    record ProviderView(long id, long organisationId, List<String> categories, ReviewStatus status) {
        static ProviderView of(ProviderRegistration r) {
            return new ProviderView(r.id, r.organisationId, List.of(r.categories), r.status);
        }
    }

    /**
     * A program's terms. The application window (both days optional: from opening, to the use
     * deadline) and the per-firm cap (across the programs of the same year) are optional.
     */
    public record ProgramRequest(String name, Integer year, Long budgetFen, Long faceValueFen, Integer coFundingPercent,
            LocalDate useDeadline, LocalDate redemptionDeadline, List<String> categories, LocalDate applicationsOpen,
            LocalDate applicationsClose, Long perFirmCapFen) {

        public ProgramRequest(String name, Integer year, Long budgetFen, Long faceValueFen, Integer coFundingPercent,
                LocalDate useDeadline, LocalDate redemptionDeadline, List<String> categories) {
            this(name, year, budgetFen, faceValueFen, coFundingPercent, useDeadline, redemptionDeadline, categories, null,
                    null, null);
        }
    }
}
