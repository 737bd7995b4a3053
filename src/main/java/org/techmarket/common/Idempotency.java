package org.techmarket.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/**
 * Idempotency-Key handling for money-moving requests. The key is claimed in the same transaction
 * as the money moves: a concurrent retry waits on the claim and then gets the first answer; a
 * retry after a failure (rolled back, nothing moved) runs again; the same key with another body is
 * refused (422). Nothing moves twice.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_ATTEMPTS = 4;
    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The result of a money-moving operation: its status and what the API answers. */
    public record Outcome(int status, Object body) {
    }

    /**
     * Runs the operation once for this key, each attempt in a transaction of its own; an attempt that
     * PostgreSQL aborts for a deadlock or a serialization failure has moved nothing and is retried.
     */
    public Response run(long userId, String key, Object request, Supplier<Outcome> operation) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw InvalidInputException.of(HEADER, "an Idempotency-Key header (1–100 characters) is required");
        }
        String hash = Hashes.sha256(write(request));
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> once(userId, key, hash, operation));
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                LOG.debugf("Retrying %s after %s (attempt %d)", key, e, attempt);
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** True for failures PostgreSQL resolves by aborting one side: deadlock (40P01), serialization (40001). */
    public static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private Response once(long userId, String key, String hash, Supplier<Outcome> operation) {
        int claimed = native_("INSERT INTO idempotency_record (user_id, key, request_hash, status, body)"
                + " VALUES (:user, :key, :hash, 0, '') ON CONFLICT DO NOTHING")
                .setParameter("user", userId).setParameter("key", key).setParameter("hash", hash).executeUpdate();
        if (claimed == 0) {
            @SuppressWarnings("unchecked")
            List<Object[]> first = em.createNativeQuery("SELECT request_hash, status, body FROM idempotency_record"
                    + " WHERE user_id = :user AND key = :key").setParameter("user", userId).setParameter("key", key)
                    .getResultList();
            Object[] record = first.get(0);
            if (!hash.equals(record[0])) {
                throw new UnprocessableException(HEADER, "this Idempotency-Key was used for another request");
            }
            return Response.status(((Number) record[1]).intValue()).type(MediaType.APPLICATION_JSON)
                    .header("Idempotent-Replay", "true").entity(record[2]).build();
        }
        Outcome outcome = operation.get();
        String body = write(outcome.body());
        native_("UPDATE idempotency_record SET status = :status, body = :body WHERE user_id = :user AND key = :key")
                .setParameter("status", outcome.status()).setParameter("body", body).setParameter("user", userId)
                .setParameter("key", key).executeUpdate();
        return Response.status(outcome.status()).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }


    /**
     * A native statement on idempotency_record only: naming the table keeps Hibernate from clearing
     * its whole second-level cache after each write (what it does for native updates it cannot place).
     */
    private NativeQuery<?> native_(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace("idempotency_record");
    }

    /** The same key with another request (mapped to 422). */
    public static class UnprocessableException extends InvalidInputException {
        public UnprocessableException(String field, String message) {
            super(java.util.Map.of(field, message));
        }
    }
}
