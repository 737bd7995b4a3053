package org.techmarket.common;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.smallrye.common.vertx.ContextLocals;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Counts the SQL statements Hibernate sends for one HTTP request (tests only). A request with the
 * header {@value #HEADER} gets a counter in its Vert.x context; every statement prepared while that
 * context is current (the resource, its services, the template's rendering) adds one, and the test
 * reads the count under the header's value. Statements of background jobs run in other contexts and
 * are not counted.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementCounter implements StatementInspector {

    public static final String HEADER = "X-Test-Count-Statements";
    private static final String KEY = "test-statement-counter";
    private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

    @Override
    public String inspect(String sql) {
        if (io.vertx.core.Vertx.currentContext() != null) {
            ContextLocals.<AtomicInteger>get(KEY).ifPresent(AtomicInteger::incrementAndGet);
        }
        return sql;
    }

    /** The statements the request labelled {@code label} has sent so far. */
    public static int of(String label) {
        AtomicInteger count = COUNTS.get(label);
        if (count == null) {
            throw new AssertionError("no request was counted as " + label);
        }
        return count.get();
    }

    /** Starts counting for a request that asks for it. */
    public static class Filter {

        @ServerRequestFilter(preMatching = true)
        public void count(ContainerRequestContext request) {
            String label = request.getHeaderString(HEADER);
            if (label != null && io.vertx.core.Vertx.currentContext() != null) {
                AtomicInteger counter = new AtomicInteger();
                COUNTS.put(label, counter);
                ContextLocals.put(KEY, counter);
            }
        }
    }
}
