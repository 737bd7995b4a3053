package org.techmarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which failures mean the database is away or too slow (a 503 to retry), and which are plain faults (a 500). */
class DatabaseOutageTest {

    @Test
    void shouldTakeACanceledStatementForASlowDatabase() {
        assertEquals(Optional.of(DatabaseOutage.Kind.TOO_SLOW), DatabaseOutage.of(new RuntimeException("wrapped",
                new SQLException("canceling statement due to statement timeout", "57014"))));
    }

    @Test
    void shouldTakeLostConnectionsShutdownsAndPoolTimeoutsForAnUnreachableDatabase() {
        for (SQLException e : new SQLException[] {new SQLException("Connection refused", "08001"),
                new SQLException("An I/O error occurred", "08006"),
                new SQLException("terminating connection due to immediate shutdown command", "57P01"),
                new SQLException("the database system is starting up", "57P03"),
                new SQLException("Sorry, acquisition timeout!")}) {
            assertEquals(Optional.of(DatabaseOutage.Kind.UNREACHABLE), DatabaseOutage.of(new IllegalStateException(e)),
                    e.getMessage());
        }
    }

    @Test
    void shouldLeaveOtherDatabaseErrorsToTheServerErrorPath() {
        assertTrue(DatabaseOutage.of(new RuntimeException(new SQLException("duplicate key", "23505"))).isEmpty());
        assertTrue(DatabaseOutage.of(new SQLException("no state")).isEmpty());
        assertTrue(DatabaseOutage.of(new IllegalStateException("no database at all")).isEmpty());
    }
}
