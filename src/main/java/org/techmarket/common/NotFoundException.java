package org.techmarket.common;

/** An entity that does not exist, or that the caller may not know exists (mapped to 404). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
