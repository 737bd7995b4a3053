package org.techmarket.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The contract API's records: what it reads ({@code …Request}) and what it answers ({@code …View}).
 * One holder per feature ({@code <Feature>Api}): what the API reads ends in Request, what it answers in View.
 */
public final class ContractApi {

    private ContractApi() {
    }

    public record DecisionRequest(ContractService.Decision decision, Long approvedAmountFen, String reason) {
    }

    public record ContractView(long id, ContractType type, String projectName, String sellerName, String sellerCreditCode,
            String sellerRegionCode, EntityType sellerEntityType, String buyerName, String buyerCreditCode,
            String buyerRegionCode, EntityType buyerEntityType, LocalDate signingDate, LocalDate validFrom,
            LocalDate validTo, long contractAmountFen, long transactionAmountFen, long equipmentCostFen,
            String paymentTerms, Long caseId, Long resultId, Long needId, ContractStatus status,
            OffsetDateTime buyerConfirmedAt, OffsetDateTime submittedAt, LocalDate dueDate, boolean overdue,
            String decisionReason, String registrationNumber, Long approvedAmountFen, OffsetDateTime decidedAt) {

        static ContractView of(Contract c) {
            return new ContractView(c.id, c.type, c.projectName, c.seller.name, c.seller.creditCode, c.seller.regionCode,
                    c.seller.entityType, c.buyer.name, c.buyer.creditCode, c.buyer.regionCode, c.buyer.entityType,
                    c.signingDate, c.validFrom, c.validTo, c.contractAmountFen, c.transactionAmountFen,
                    c.equipmentCostFen, c.paymentTerms, c.caseId, c.resultId, c.needId, c.status, c.buyerConfirmedAt,
                    c.submittedAt, c.dueDate, c.isOverdue(LocalDate.now()), c.decisionReason, c.registrationNumber,
                    c.approvedAmountFen, c.decidedAt);
        }
    }

    public record SubmissionView(ContractView contract, List<PreCheck> warnings) {
    }

    /** A registered deal as the public sees it: no parties' confidential terms. */
    /** A registered deal as the public sees it; regionCode and band are for pages to label in their language. */
    public record DealView(String registrationNumber, ContractType type, String field, String region, String amountBand,
            LocalDate registeredOn, String regionCode, String band) {
    }

    /** What the seller declares about a signed contract. Amounts in fen. */
    public record ContractRequest(
            @NotNull ContractType type,
            @NotBlank @Size(max = 200) String projectName,
            @NotNull EntityType sellerEntityType,
            /** The buyer, by its 统一社会信用代码; it must be registered on the platform to confirm. */
            @NotBlank @Size(max = 18) String buyerCreditCode,
            @NotNull EntityType buyerEntityType,
            @NotNull LocalDate signingDate,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validTo,
            @NotNull @Positive @Max(ContractRequest.MAX_FEN) Long contractAmountFen,
            @NotNull @Positive @Max(ContractRequest.MAX_FEN) Long transactionAmountFen,
            @PositiveOrZero @Max(ContractRequest.MAX_FEN) Long equipmentCostFen,
            @Size(max = 1000) String paymentTerms,
            Long caseId,
            Long resultId,
            Long needId) {

        /** ¥100 bn: above any technology contract, far below overflow. */
        public static final long MAX_FEN = org.techmarket.common.MoneyInput.MAX_FEN;
    }
}
