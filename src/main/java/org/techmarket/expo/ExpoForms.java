package org.techmarket.expo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.MoneyInput;

/** The forms of the staff's expo pages: dates as yyyy-mm-dd, times as hh:mm, amounts in 万元, organisations by credit code. */
public final class ExpoForms {

    private ExpoForms() {
    }

    public static class ExpoForm {
        @RestForm public String name;
        @RestForm public String startsOn;
        @RestForm public String endsOn;
        @RestForm public String venue;
        @RestForm public String organiser;
        @RestForm public String description;

        static ExpoForm of(Expo e) {
            ExpoForm f = new ExpoForm();
            f.name = e.name;
            f.startsOn = e.startsOn.toString();
            f.endsOn = e.endsOn.toString();
            f.venue = e.venue;
            f.organiser = e.organiser;
            f.description = e.description;
            return f;
        }

        ExpoApi.ExpoRequest toInput() {
            Map<String, String> errors = new LinkedHashMap<>();
            ExpoApi.ExpoRequest input = new ExpoApi.ExpoRequest(name, date("startsOn", startsOn, errors),
                    date("endsOn", endsOn, errors), venue, organiser, description);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return input;
        }
    }

    /** A pitch session: the day, and the start and end on that day. */
    public static class SessionForm {
        @RestForm public String sessionTitle;
        @RestForm public String presenter;
        @RestForm public Long sessionResult;
        @RestForm public String day;
        @RestForm public String start;
        @RestForm public String end;
        @RestForm public String room;

        ExpoApi.SessionRequest toInput(long presenterId) {
            Map<String, String> errors = new LinkedHashMap<>();
            LocalDate d = date("day", day, errors);
            LocalTime from = time("start", start, errors);
            LocalTime to = time("end", end, errors);
            if (d == null && !errors.containsKey("day")) {
                errors.put("day", "required");
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new ExpoApi.SessionRequest(sessionTitle, presenterId, sessionResult,
                    from == null ? null : LocalDateTime.of(d, from), to == null ? null : LocalDateTime.of(d, to), room);
        }

        static String pageField(String apiField) {
            return switch (apiField) {
                case "title" -> "sessionTitle";
                case "presenterOrganisationId" -> "presenter";
                case "resultId" -> "sessionResult";
                case "startsAt" -> "start";
                case "endsAt" -> "end";
                default -> apiField;
            };
        }
    }

    /** A deal signed on site; {@code key} makes a resent form record it once. */
    public static class DealForm {
        @RestForm public Long dealResult;
        @RestForm public String buyer;
        @RestForm public String amount;
        @RestForm public String signedOn;
        @RestForm public String key;

        ExpoApi.DealRequest toInput(long buyerId) {
            Map<String, String> errors = new LinkedHashMap<>();
            Long fen = MoneyInput.parse("amount", amount, MoneyInput.Unit.WAN, errors);
            LocalDate signed = date("signedOn", signedOn, errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new ExpoApi.DealRequest(dealResult, buyerId, fen, signed);
        }

        static String pageField(String apiField) {
            return switch (apiField) {
                case "resultId" -> "dealResult";
                case "buyerOrganisationId" -> "buyer";
                case "amountFen" -> "amount";
                default -> apiField;
            };
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

    private static LocalTime time(String field, String v, Map<String, String> errors) {
        if (v == null || v.isBlank()) {
            errors.put(field, "required");
            return null;
        }
        try {
            return LocalTime.parse(v.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "a time (hh:mm)");
            return null;
        }
    }
}
