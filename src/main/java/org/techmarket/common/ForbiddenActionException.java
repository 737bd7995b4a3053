package org.techmarket.common;

/** A logged-in user acting outside their rights on an entity they may see (mapped to 403). */
public class ForbiddenActionException extends RuntimeException {
    public ForbiddenActionException(String message) {
        super(message);
    }
}
