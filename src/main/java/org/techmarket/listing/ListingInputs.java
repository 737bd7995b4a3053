package org.techmarket.listing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.MoneyInput;

/** Rules on listing input that span fields, and the copying of input into a listing. */
final class ListingInputs {

    /** The one limit of every amount ({@link MoneyInput#MAX_FEN}). */
    static final long MAX_FEN = MoneyInput.MAX_FEN;

    private ListingInputs() {
    }

    /** How far ahead a listing may run or a need's deadline may lie. */
    static final int MAX_YEARS_AHEAD = 20;

    /** A date that far ahead is a typo (2999-01-01), not a plan: a 400 naming the field. */
    static void checkHorizon(String field, java.time.LocalDate date) {
        if (date != null && date.isAfter(java.time.LocalDate.now().plusYears(MAX_YEARS_AHEAD))) {
            throw InvalidInputException.of(field, "at most " + MAX_YEARS_AHEAD + " years ahead");
        }
    }

    static void checkBudget(ListingApi.NeedRequest input) {
        if (input.budgetMinFen() != null && input.budgetMaxFen() != null
                && input.budgetMinFen() > input.budgetMaxFen()) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("budgetMinFen", "budget minimum must not exceed the maximum");
            throw new InvalidInputException(errors);
        }
    }

    static void apply(ListingApi.ResultRequest in, Listing l) {
        l.title = in.title().strip();
        l.summary = in.summary().strip();
        l.description = in.description().strip();
        l.field = in.field();
        l.keywords = keywords(in.keywords());
        l.maturity = in.maturity().shortValue();
        l.ipType = in.ipType();
        l.ipStatus = in.ipStatus();
        l.patentNumbers = blankToNull(in.patentNumbers());
        l.modes = in.transferModes().stream().distinct().map(Enum::name).toArray(String[]::new);
        l.priceFen = in.priceFen();
        l.budgetMinFen = null;
        l.budgetMaxFen = null;
        l.regionCode = in.regionCode();
        l.contact.name = in.contactName().strip();
        l.contact.phone = in.contactPhone().strip();
        l.contact.email = blankToNull(in.contactEmail());
        l.validUntil = in.validUntil();
    }

    static void apply(ListingApi.NeedRequest in, Listing l) {
        l.title = in.title().strip();
        l.summary = null;
        l.description = in.description().strip();
        l.field = in.field();
        l.keywords = keywords(in.keywords());
        l.maturity = in.requiredMaturity().shortValue();
        l.modes = in.cooperationModes().stream().distinct().map(Enum::name).toArray(String[]::new);
        l.priceFen = null;
        l.budgetMinFen = in.budgetMinFen();
        l.budgetMaxFen = in.budgetMaxFen();
        l.regionCode = in.regionCode();
        l.contact.name = in.contactName().strip();
        l.contact.phone = in.contactPhone().strip();
        l.contact.email = blankToNull(in.contactEmail());
        l.validUntil = in.deadline();
    }

    private static String[] keywords(List<String> keywords) {
        return keywords == null ? new String[0]
                : keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toArray(String[]::new);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
