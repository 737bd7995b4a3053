package org.techmarket.listing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.Money;
import org.techmarket.common.MoneyInput;
import org.techmarket.common.Validation;

/** The listing form of the pages, as posted: amounts in 万元, lists comma-separated. */
public class ListingForm {
    @RestForm public String title;
    @RestForm public String summary;
    @RestForm public String description;
    @RestForm public String field;
    @RestForm public String keywords;
    @RestForm public String maturity;
    @RestForm public String ipType;
    @RestForm public String ipStatus;
    @RestForm public String patentNumbers;
    @RestForm public List<String> modes;
    @RestForm public String negotiable;
    @RestForm public String price;
    @RestForm public String budgetMin;
    @RestForm public String budgetMax;
    @RestForm public String regionCode;
    /** The region picker's upper levels and its "choose" button (posts the form back to show the next level). */
    @RestForm public String regionProvince;
    @RestForm public String regionCity;
    @RestForm public String regionStep;
    @RestForm public String contactName;
    @RestForm public String contactPhone;
    @RestForm public String contactEmail;
    @RestForm public String validUntil;

    private final Map<String, String> parseErrors = new LinkedHashMap<>();

    public static ListingForm of(Listing l) {
        ListingForm f = new ListingForm();
        f.title = l.title;
        f.summary = l.summary;
        f.description = l.description;
        f.field = l.field.name();
        f.keywords = String.join("，", l.keywords);
        f.maturity = String.valueOf(l.maturity);
        f.ipType = l.ipType == null ? null : l.ipType.name();
        f.ipStatus = l.ipStatus == null ? null : l.ipStatus.name();
        f.patentNumbers = l.patentNumbers;
        f.modes = Arrays.asList(l.modes);
        f.negotiable = l.kind == ListingKind.RESULT && l.priceFen == null ? "on" : null;
        f.price = Money.wan(l.priceFen);
        f.budgetMin = Money.wan(l.budgetMinFen);
        f.budgetMax = Money.wan(l.budgetMaxFen);
        f.regionCode = l.regionCode;
        f.contactName = l.contact.name;
        f.contactPhone = l.contact.phone;
        f.contactEmail = l.contact.email;
        f.validUntil = l.validUntil.toString();
        return f;
    }

    public boolean hasMode(String mode) {
        return modes != null && modes.contains(mode);
    }

    public boolean isNegotiable() {
        return negotiable != null;
    }

    ListingApi.ResultRequest toResult(Validation validation) {
        ListingApi.ResultRequest input = new ListingApi.ResultRequest(title, summary, description, enumOf(TechField.class, "field", field),
                keywordList(), number("maturity", maturity), enumOf(IpType.class, "ipType", ipType),
                enumOf(IpStatus.class, "ipStatus", ipStatus), patentNumbers, modeList(),
                isNegotiable() ? null : fen("priceFen", price), regionCode, contactName, contactPhone, contactEmail,
                date("validUntil", validUntil));
        failOnParseErrors(input, validation);
        return input;
    }

    ListingApi.NeedRequest toNeed(Validation validation) {
        ListingApi.NeedRequest input = new ListingApi.NeedRequest(title, description, enumOf(TechField.class, "field", field), keywordList(),
                number("requiredMaturity", maturity), fen("budgetMinFen", budgetMin), fen("budgetMaxFen", budgetMax),
                date("deadline", validUntil), regionCode, modeList(), contactName, contactPhone, contactEmail);
        failOnParseErrors(input, validation);
        return input;
    }

    /** The page field for an error the service names with the API's field name. */
    static String pageField(String apiField) {
        return switch (apiField) {
            case "priceFen" -> "price";
            case "budgetMinFen" -> "budgetMin";
            case "budgetMaxFen" -> "budgetMax";
            case "requiredMaturity" -> "maturity";
            case "deadline" -> "validUntil";
            case "transferModes", "cooperationModes" -> "modes";
            default -> apiField.replaceAll("\\[.*", "").replaceAll("\\..*", "");
        };
    }

    /** Refuses a form with a value it could not read, naming every other field at fault too (not only that one). */
    private void failOnParseErrors(Object input, Validation validation) {
        if (!parseErrors.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>(validation.errors(input));
            errors.putAll(parseErrors);
            throw new InvalidInputException(errors);
        }
    }

    private List<String> keywordList() {
        return keywords == null || keywords.isBlank() ? List.of()
                : Arrays.stream(keywords.split("[,，;；、\\s]+")).filter(k -> !k.isBlank()).toList();
    }

    private List<TransferMode> modeList() {
        return modes == null ? List.of() : modes.stream().filter(m -> m != null && !m.isBlank())
                .map(m -> enumOf(TransferMode.class, "modes", m)).filter(m -> m != null).toList();
    }

    private <E extends Enum<E>> E enumOf(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            parseErrors.put(name, "unknown value");
            return null;
        }
    }

    private Integer number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            parseErrors.put(name, "not a whole number");
            return null;
        }
    }

    private Long fen(String name, String wan) {
        return MoneyInput.parse(name, wan, MoneyInput.Unit.WAN, parseErrors);
    }

    private LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            parseErrors.put(name, "not a date (yyyy-mm-dd)");
            return null;
        }
    }
}
