package org.techmarket.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Checks Bean Validation constraints and turns violations into per-field errors. */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    public <T> T check(T input) {
        if (input == null) {
            throw InvalidInputException.of("body", "request body is required");
        }
        Map<String, String> errors = errors(input);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return input;
    }

    /** The per-field errors of an input, none when it is valid (a form adds what it could not even parse). */
    public Map<String, String> errors(Object input) {
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(input).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.putIfAbsent(fieldName(v.getPropertyPath()), v.getMessage()));
        return errors;
    }

    /** "register.arg0.organisation.creditCode" style paths become "organisation.creditCode". */
    public static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> {
                }
                default -> {
                    if (node.getName() == null) {
                        continue;
                    }
                    if (name.length() > 0) {
                        name.append('.');
                    }
                    name.append(node.getName());
                }
            }
        }
        return name.length() == 0 ? "body" : name.toString();
    }
}
