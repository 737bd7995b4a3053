package org.techmarket.deal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The deal API's records: the deal record ({@link DealView}) and the public funnel ({@link FunnelView}), with their parts.
 * One holder per feature ({@code <Feature>Api}): what the API reads ends in Request, what it answers in View.
 */
public final class DealApi {

    private DealApi() {
    }

    public record Side(long listingId, String title, long organisationId, String organisationName, Long amountFen) {
    }

    public record Match(Double score, String explanation, OffsetDateTime computedAt) {
    }

    public record CaseStep(long id, String status, OffsetDateTime openedAt, OffsetDateTime updatedAt) {
    }

    public record ContractStep(long id, String projectName, String type, String status, long contractAmountFen,
            long transactionAmountFen, String registrationNumber, Long approvedAmountFen) {
    }

    public record RedemptionStep(long id, String status, long amountFen) {
    }

    public record OrderStep(long id, Long contractId, String providerName, String category, long amountFen,
            long voucherAmountFen, String status, List<RedemptionStep> redemptions) {
    }

    /** What the deal came to: registered contract money, and voucher money reserved or paid on its services. */
    public record Totals(long contractsRegistered, long registeredAmountFen, long ordersAmountFen, long voucherReservedFen,
            long voucherRedeemedFen) {
    }

    public record DealView(long id, Side need, Side result, Match match, CaseStep dealCase, List<ContractStep> contracts,
            List<OrderStep> orders, Totals totals) {
    }

    /**
     * The market's deals as a funnel: brokered cases, those agreed, those with a contract, with a
     * registered contract, with voucher-funded services, with voucher money paid; and the money.
     */
    public record FunnelView(long cases, long agreed, long withContract, long withRegisteredContract, long withVoucherOrders,
            long withRedeemedVoucher, long registeredAmountFen, long voucherRedeemedFen) {
    }
}
