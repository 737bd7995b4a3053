package org.techmarket.contract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Money;
import org.techmarket.common.MoneyInput;

/** The contract form of the pages: amounts in 万元, dates as yyyy-mm-dd. */
public class ContractForm {
    @RestForm public String type;
    @RestForm public String projectName;
    @RestForm public String sellerEntityType;
    @RestForm public String buyerCreditCode;
    @RestForm public String buyerEntityType;
    @RestForm public String signingDate;
    @RestForm public String validFrom;
    @RestForm public String validTo;
    @RestForm public String contractAmount;
    @RestForm public String transactionAmount;
    @RestForm public String equipmentCost;
    @RestForm public String paymentTerms;
    @RestForm public Long caseId;
    @RestForm public Long resultId;
    @RestForm public Long needId;

    static ContractForm of(ContractApi.ContractRequest in) {
        ContractForm f = new ContractForm();
        f.type = in.type() == null ? null : in.type().name();
        f.projectName = in.projectName();
        f.sellerEntityType = in.sellerEntityType() == null ? null : in.sellerEntityType().name();
        f.buyerCreditCode = in.buyerCreditCode();
        f.buyerEntityType = in.buyerEntityType() == null ? null : in.buyerEntityType().name();
        f.signingDate = str(in.signingDate());
        f.validFrom = str(in.validFrom());
        f.validTo = str(in.validTo());
        f.contractAmount = Money.wan(in.contractAmountFen());
        f.transactionAmount = Money.wan(in.transactionAmountFen());
        f.equipmentCost = Money.wan(in.equipmentCostFen());
        f.paymentTerms = in.paymentTerms();
        f.caseId = in.caseId();
        f.resultId = in.resultId();
        f.needId = in.needId();
        return f;
    }

    static ContractForm of(Contract c) {
        return of(new ContractApi.ContractRequest(c.type, c.projectName, c.seller.entityType, c.buyer.creditCode, c.buyer.entityType,
                c.signingDate, c.validFrom, c.validTo, c.contractAmountFen, c.transactionAmountFen, c.equipmentCostFen,
                c.paymentTerms, c.caseId, c.resultId, c.needId));
    }

    ContractApi.ContractRequest toInput() {
        Map<String, String> errors = new LinkedHashMap<>();
        ContractApi.ContractRequest input = new ContractApi.ContractRequest(enumOf(ContractType.class, "type", type, errors), projectName,
                enumOf(EntityType.class, "sellerEntityType", sellerEntityType, errors), buyerCreditCode,
                enumOf(EntityType.class, "buyerEntityType", buyerEntityType, errors),
                date("signingDate", signingDate, errors), date("validFrom", validFrom, errors),
                date("validTo", validTo, errors), fen("contractAmountFen", contractAmount, errors),
                fen("transactionAmountFen", transactionAmount, errors), fen("equipmentCostFen", equipmentCost, errors),
                paymentTerms, caseId, resultId, needId);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return input;
    }

    static String pageField(String apiField) {
        return switch (apiField) {
            case "contractAmountFen" -> "contractAmount";
            case "transactionAmountFen" -> "transactionAmount";
            case "equipmentCostFen" -> "equipmentCost";
            default -> apiField;
        };
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> t, String field, String v, Map<String, String> errors) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(t, v);
        } catch (IllegalArgumentException e) {
            errors.put(field, "unknown value");
            return null;
        }
    }

    private static LocalDate date(String field, String v, Map<String, String> errors) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "not a date (yyyy-mm-dd)");
            return null;
        }
    }

    private static Long fen(String field, String wan, Map<String, String> errors) {
        return MoneyInput.parse(field, wan, MoneyInput.Unit.WAN, errors);
    }
}
