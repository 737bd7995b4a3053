package org.techmarket.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures a money-moving call retries: those PostgreSQL resolves by aborting one side. */
class IdempotencyRetryTest {

    @Test
    void shouldRetryDeadlocksAndSerializationFailuresOnly() {
        assertTrue(Idempotency.isTransient(new IllegalStateException("wrapped",
                new RuntimeException(new SQLException("deadlock detected", "40P01")))));
        assertTrue(Idempotency.isTransient(new RuntimeException(new SQLException("could not serialize", "40001"))));
        assertFalse(Idempotency.isTransient(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(Idempotency.isTransient(new ConflictException("already decided")));
    }
}
