package org.techmarket.common;

/** A logged-in user acting outside their rights on an entity they may see (mapped to 403). */
public class ForbiddenActionException extends RuntimeException {
    private final String messageKey;

    public ForbiddenActionException(String message) {
        super(message);
        this.messageKey = null;
    }

    private ForbiddenActionException(String message, String messageKey) {
        super(message);
        this.messageKey = messageKey;
    }

    /** A refusal whose message the user reads in their language (a key of the ValidationMessages bundles). */
    public static ForbiddenActionException localized(String messageKey, String englishMessage) {
        return new ForbiddenActionException(englishMessage, messageKey);
    }

    public String messageKey() {
        return messageKey;
    }
}
