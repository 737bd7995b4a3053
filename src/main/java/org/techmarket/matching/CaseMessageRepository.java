package org.techmarket.matching;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CaseMessageRepository implements PanacheRepository<CaseMessage> {
    public List<CaseMessage> listForCase(long caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }
}
