package org.techmarket.common;

import java.util.Optional;

/**
 * Text input normalised at the edge: what no field may hold. NUL and other control characters
 * (C0 but tab, line feed and carriage return; DEL; C1) are refused everywhere; the bidirectional
 * override and isolate characters that can make a name read differently from what it is
 * (U+202A–U+202E, U+2066–U+2069) are refused in names.
 */
public final class InputGuard {

    private InputGuard() {
    }

    /** The problem with a value, in words for the field error; empty when it is acceptable. */
    public static Optional<String> problem(String field, String value) {
        if (value == null) {
            return Optional.empty();
        }
        boolean name = isName(field);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return Optional.of("must not contain a NUL character");
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return Optional.of("must not contain control characters");
            }
            if (name && ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))) {
                return Optional.of("must not contain bidirectional override characters");
            }
        }
        return Optional.empty();
    }

    /** Throws a 400 naming the field when the value is not acceptable. */
    public static void check(String field, String value) {
        problem(field, value).ifPresent(message -> {
            throw InvalidInputException.of(field, message);
        });
    }

    /** Names and titles: what people read to recognise someone or something. */
    static boolean isName(String field) {
        if (field == null) {
            return false;
        }
        String f = field.toLowerCase(java.util.Locale.ROOT);
        return f.endsWith("name") || f.endsWith("title") || f.equals("j_username");
    }
}
