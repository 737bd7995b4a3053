package org.techmarket.account;

import org.techmarket.common.KnownRegion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A self-registration: the person and their organisation (new, or an existing one by credit code). */
public record Registration(
        @NotBlank @Size(min = 3, max = 40) @Pattern(regexp = "[A-Za-z0-9_.-]*", message = "{techmarket.username.chars}")
        String username,
        @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String password,
        @NotBlank @Size(max = 50) String displayName,
        @NotBlank @Email @Size(max = 120) String email,
        @Size(max = 30) @Pattern(regexp = "[0-9+\\- ]*", message = "{techmarket.phone.chars}") String phone,
        @NotBlank @Pattern(regexp = "RESEARCHER|ENTERPRISE|PROVIDER", message = "{techmarket.role.selfRegistered}")
        String role,
        @NotNull @Valid OrganisationDetails organisation) {

    /** Details of an organisation as its first member gives them. */
    public record OrganisationDetails(
            @NotBlank @Size(max = 100) String name,
            @NotNull OrganisationType type,
            @NotBlank @ValidCreditCode String creditCode,
            @NotBlank @Pattern(regexp = "[0-9]{6}", message = "{techmarket.region.format}") @KnownRegion
            String regionCode,
            @NotBlank @Size(max = 50) String contactName,
            @NotBlank @Size(max = 30) @Pattern(regexp = "[0-9+\\- ]*", message = "{techmarket.phone.chars}")
            String contactPhone,
            @Email @Size(max = 120) String contactEmail) {
    }
}
