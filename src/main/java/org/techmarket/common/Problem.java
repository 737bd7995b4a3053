package org.techmarket.common;

import java.util.List;

/** RFC 9457 problem details, the body of every JSON error under /api. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }
}
