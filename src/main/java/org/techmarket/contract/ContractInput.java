package org.techmarket.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What the seller declares about a signed contract. Amounts in fen. */
public record ContractInput(
        @NotNull ContractType type,
        @NotBlank @Size(max = 200) String projectName,
        @NotNull EntityType sellerEntityType,
        /** The buyer, by its 统一社会信用代码; it must be registered on the platform to confirm. */
        @NotBlank @Size(max = 18) String buyerCreditCode,
        @NotNull EntityType buyerEntityType,
        @NotNull LocalDate signingDate,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validTo,
        @NotNull @Positive @Max(ContractInput.MAX_FEN) Long contractAmountFen,
        @NotNull @Positive @Max(ContractInput.MAX_FEN) Long transactionAmountFen,
        @PositiveOrZero @Max(ContractInput.MAX_FEN) Long equipmentCostFen,
        @Size(max = 1000) String paymentTerms,
        Long caseId,
        Long resultId,
        Long needId) {

    /** ¥100 bn: above any technology contract, far below overflow. */
    public static final long MAX_FEN = org.techmarket.common.MoneyInput.MAX_FEN;
}
