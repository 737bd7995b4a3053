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
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> errors.putIfAbsent(fieldName(v.getPropertyPath()), v.getMessage()));
            throw new InvalidInputException(errors);
        }
        return input;
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
