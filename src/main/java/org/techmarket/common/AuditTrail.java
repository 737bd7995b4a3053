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
