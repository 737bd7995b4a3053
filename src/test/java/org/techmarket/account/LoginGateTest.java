package org.techmarket.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.techmarket.common.LoginRefusedException;

/** The throttle per client address and the bound on password checks running at once. */
class LoginGateTest {

    @Test
    void shouldRefuseAnAddressAfterItsFailedLoginsButNotAnother() {
        LoginGate gate = new LoginGate(3, Duration.ofMinutes(5), 1, Duration.ofSeconds(1));
        for (int i = 0; i < 3; i++) {
            gate.admit("10.0.0.1");
            gate.failed("10.0.0.1");
        }
        LoginRefusedException refused = assertThrows(LoginRefusedException.class, () -> gate.admit("10.0.0.1"));
        assertEquals(LoginRefusedException.Reason.THROTTLED, refused.reason());
        assertEquals(300, refused.retryAfterSeconds());
        assertDoesNotThrow(() -> gate.admit("10.0.0.2"));
    }

    @Test
    void shouldAnswerBusyWhenNoPasswordCheckFreesUpInTime() throws Exception {
        String hash = BcryptUtil.bcryptHash("a-password-1", 12);
        LoginGate gate = new LoginGate(100, Duration.ofMinutes(5), 1, Duration.ofMillis(20));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return String.valueOf(gate.matches("a-password-1", hash));
                    } catch (LoginRefusedException e) {
                        return e.reason().name();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertTrue(outcomes.contains("true"), outcomes.toString());
            assertTrue(outcomes.contains("BUSY"), outcomes.toString());
        } finally {
            pool.shutdownNow();
        }
    }
}
