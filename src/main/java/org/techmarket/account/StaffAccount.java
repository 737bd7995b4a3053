package org.techmarket.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A staff account that an admin creates. */
public record StaffAccount(
        @NotBlank @Size(min = 3, max = 40) @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{techmarket.username.chars}")
        String username,
        @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password,
        @NotBlank @Size(max = 50) String displayName,
        @NotBlank @Email @Size(max = 120) String email) {
}
