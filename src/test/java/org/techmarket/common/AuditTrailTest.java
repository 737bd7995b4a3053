package org.techmarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    @Inject
    AuditTrail audit;

    @Test
    void shouldRecordEachChangeInOrderWithActorStatesAndReason() {
        long entityId = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            audit.record("TestEntity", entityId, "submit", "DRAFT", "SUBMITTED", null);
            audit.record("TestEntity", entityId, "return", "SUBMITTED", "RETURNED", "缺少专利号");
        });

        List<AuditEvent> history = QuarkusTransaction.requiringNew().call(() -> audit.history("TestEntity", entityId));
        assertEquals(2, history.size());
        assertEquals(AuditTrail.SYSTEM, history.get(0).actor);
        assertEquals("DRAFT", history.get(0).fromState);
        assertEquals("RETURNED", history.get(1).toState);
        assertEquals("缺少专利号", history.get(1).reason);
    }

    @Test
    void shouldOnlyRecordInsideTheTransactionOfTheChange() {
        assertThrows(jakarta.transaction.TransactionalException.class,
                () -> audit.record("TestEntity", 1L, "submit", "DRAFT", "SUBMITTED", null));
    }

    @Test
    void shouldRollBackTheRecordWithTheChange() {
        long entityId = System.nanoTime();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                audit.record("TestEntity", entityId, "submit", "DRAFT", "SUBMITTED", null);
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // the change and its record go together
        }
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> audit.history("TestEntity", entityId)).size());
    }
}
