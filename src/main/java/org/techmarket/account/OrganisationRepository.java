package org.techmarket.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepository<Organisation> {

    public Optional<Organisation> findByCreditCode(String creditCode) {
        return find("creditCode", creditCode).firstResultOptional();
    }

    public List<Organisation> listByStatus(OrganisationStatus status) {
        return list("status = ?1 order by createdAt", status);
    }

    public List<Organisation> listAllByName() {
        return list("order by status, name");
    }

    public Optional<Organisation> findFirstOfType(OrganisationType type) {
        return find("type = ?1 order by id", type).firstResultOptional();
    }
}
