package org.techmarket.common;

import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a rule, with one message per offending field (mapped to 400). */
public class InvalidInputException extends RuntimeException {
    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + String.join(", ", fieldErrors.keySet()));
        this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
