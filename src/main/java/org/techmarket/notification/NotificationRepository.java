package org.techmarket.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class NotificationRepository implements PanacheRepository<Notification> {

    public List<Notification> listForUser(long userId, int limit) {
        return find("userId = ?1 order by createdAt desc, id desc", userId).page(0, limit).list();
    }

    public long countUnread(long userId) {
        return count("userId = ?1 and readAt is null", userId);
    }

    public int markRead(long userId, long id) {
        return update("readAt = current_timestamp where id = ?1 and userId = ?2 and readAt is null", id, userId);
    }

    public int markAllRead(long userId) {
        return update("readAt = current_timestamp where userId = ?1 and readAt is null", userId);
    }
}
