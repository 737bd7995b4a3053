package org.techmarket.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shouldAcceptALongMixedPassword() {
        assertTrue(PasswordPolicy.weakness("Lanzhou-2026-market", "zhang").isEmpty());
    }

    @Test
    void shouldNameWhyAPasswordIsWeak() {
        assertEquals(Optional.of("techmarket.password.tooShort"), PasswordPolicy.weakness("abc123", "u"));
        assertEquals(Optional.of("techmarket.password.mix"), PasswordPolicy.weakness("onlylettershere", "u"));
        assertEquals(Optional.of("techmarket.password.mix"), PasswordPolicy.weakness("12345678901234", "u"));
        assertEquals(Optional.of("techmarket.password.guessable"), PasswordPolicy.weakness("password123", "u"));
        assertEquals(Optional.of("techmarket.password.guessable"), PasswordPolicy.weakness("zhangwei-2026", "zhangwei"));
        assertEquals(Optional.of("techmarket.password.tooLong"), PasswordPolicy.weakness("a1".repeat(65), "u"));
    }
}
