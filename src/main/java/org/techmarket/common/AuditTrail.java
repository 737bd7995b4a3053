package org.techmarket.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The one audit mechanism: every state change of any entity is recorded here, in the
 * same transaction as the change, so a change and its record stand or fall together.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = "system";
    static final String REASON_KEY = "@";
    static final String REASON_SEPARATOR = "\u001F";

    @Inject
    AuditEventRepository events;

    @Inject
    SecurityIdentity identity;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(String entityType, long entityId, String action, Object from, Object to, String reason) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = OffsetDateTime.now();
        event.actor = currentActor();
        event.entityType = entityType;
        event.entityId = entityId;
        event.action = action;
        event.fromState = from == null ? null : from.toString();
        event.toState = to == null ? null : to.toString();
        event.reason = reason;
        events.persist(event);
        return event;
    }

    /**
     * A reason the system writes (not a person's words), stored as its text key and values so that a page
     * shows it in the reader's language: {@code reason("valid_until", date)} reads {@code audit_reason_valid_until}.
     */
    public static String reason(String key, Object... values) {
        StringBuilder out = new StringBuilder(REASON_KEY).append(key);
        for (Object value : values) {
            out.append(REASON_SEPARATOR).append(value);
        }
        return out.toString();
    }

    public List<AuditEvent> history(String entityType, long entityId) {
        return events.listForEntity(entityType, entityId);
    }

    private String currentActor() {
        try {
            return IdentityAttributes.username(identity);
        } catch (ContextNotActiveException e) {
            return SYSTEM;
        }
    }
}
