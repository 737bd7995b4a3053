package org.techmarket.common;

import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a rule, with one message per offending field (mapped to 400). */
public class InvalidInputException extends RuntimeException {
    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + String.join(", ", fieldErrors.keySet()));
        // In the order given, so that a page's error summary lists the fields as the form does.
        this.fieldErrors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    /** An enum value from a request parameter or form field; blank is null, anything unknown a 400 naming the field. */
    public static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw of(field, "unknown value " + value.strip());
        }
    }

    /** Each field's message in the words of the check (English), to be shown later in a reader's language. */
    public Map<String, String> messages() {
        return fieldErrors;
    }

    /** Each field's message in the given language (see {@link ProblemText}). */
    public Map<String, String> fieldErrors(Language language) {
        Map<String, String> shown = new LinkedHashMap<>();
        fieldErrors.forEach((field, message) -> shown.put(field, ProblemText.localize(message, language)));
        return shown;
    }

    /** Each field's message in the language of the current request (see {@link ProblemText}). */
    public Map<String, String> fieldErrors() {
        return fieldErrors(ProblemText.currentLanguage());
    }
}
