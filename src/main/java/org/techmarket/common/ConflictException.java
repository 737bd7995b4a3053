package org.techmarket.common;

/** A request that clashes with the current state of an entity (mapped to 409). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
