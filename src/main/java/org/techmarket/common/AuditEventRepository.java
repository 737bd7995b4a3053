package org.techmarket.common;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepository<AuditEvent> {

    public List<AuditEvent> listForEntity(String entityType, long entityId) {
        return list("entityType = ?1 and entityId = ?2 order by occurredAt, id", entityType, entityId);
    }
}
