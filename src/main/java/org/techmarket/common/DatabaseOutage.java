package org.techmarket.common;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a failure is the database being away or too slow rather than a fault of the request or
 * the code: such a request is answered 503 with Retry-After (by {@link ErrorMapper}), not 500.
 * Told apart by SQLSTATE: class 08 (connection), 57P01–57P03 (shut down, starting) and 53300 (no
 * connection slot) mean away; 57014 (query canceled: statement_timeout) means too slow; a pool that
 * gives no connection within its acquisition timeout is away too.
 */
public final class DatabaseOutage {

    /** The two ways the database fails a request. */
    public enum Kind {
        UNREACHABLE, TOO_SLOW
    }

    private DatabaseOutage() {
    }

    public static Optional<Kind> of(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable e = failure; e != null && seen.add(e); e = e.getCause()) {
            if (e instanceof SQLException sql) {
                Optional<Kind> kind = kindOf(sql);
                if (kind.isPresent()) {
                    return kind;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Kind> kindOf(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            // Agroal's "Sorry, acquisition timeout!" / "Acquisition timeout while waiting for new connection".
            String message = e.getMessage();
            return message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout")
                    ? Optional.of(Kind.UNREACHABLE) : Optional.empty();
        }
        if ("57014".equals(state)) {
            return Optional.of(Kind.TOO_SLOW);
        }
        if (state.startsWith("08") || state.startsWith("57P0") || "53300".equals(state)) {
            return Optional.of(Kind.UNREACHABLE);
        }
        return Optional.empty();
    }
}
