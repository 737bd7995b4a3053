package org.techmarket.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** 密码强度: what a password must be to protect an account that can move money and sign contracts. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of("password123", "1234567890", "qwertyuiop", "12345678910",
            "password1234", "abc1234567", "a123456789", "1qaz2wsx3edc", "qwerty12345", "iloveyou123");

    private PasswordPolicy() {
    }

    /** Why the password is too weak, or empty when it is strong enough. Messages are message keys. */
    public static Optional<String> weakness(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("techmarket.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("techmarket.password.tooLong");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digitOrSymbol = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !digitOrSymbol) {
            return Optional.of("techmarket.password.mix");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || (username != null && !username.isBlank()
                && lower.contains(username.toLowerCase(Locale.ROOT)))) {
            return Optional.of("techmarket.password.guessable");
        }
        return Optional.empty();
    }
}
