package org.techmarket.common;

/** A workflow step that the entity's current state does not allow (mapped to 409). */
public class StateTransitionException extends ConflictException {
    public StateTransitionException(String entity, Object from, Object to) {
        super(entity + " cannot move from " + from + " to " + to);
    }
}
