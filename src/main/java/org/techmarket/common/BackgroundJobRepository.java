package org.techmarket.common;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class BackgroundJobRepository implements PanacheRepository<BackgroundJob> {
    public List<BackgroundJob> listRecent(int limit) {
        return find("order by createdAt desc, id desc").page(0, limit).list();
    }

    public List<BackgroundJob> listRecentOfKind(String kind, int limit) {
        return find("kind = ?1 order by createdAt desc, id desc", kind).page(0, limit).list();
    }

    public Optional<BackgroundJob> findLatestOfKind(String kind) {
        return listRecentOfKind(kind, 1).stream().findFirst();
    }
}
