package org.techmarket.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.techmarket.common.KnownRegion;
import org.techmarket.common.RegionDirectory;
import org.techmarket.common.Standing;

/** The account API's records (accounts, organisations, tokens, password resets, registration): Request in, View out. */
public final class AccountApi {
    private AccountApi() {
    }

    public record OrganisationView(long id, String name, OrganisationType type, String creditCode, String regionCode,
            String regionName, String contactName, String contactPhone, String contactEmail, OrganisationStatus status,
            String statusReason, OffsetDateTime createdAt, OffsetDateTime verifiedAt) {

        static OrganisationView of(Organisation o, RegionDirectory regions) {
            return new OrganisationView(o.id, o.name, o.type, o.creditCode, o.regionCode,
                    regions.fullName(o.regionCode), o.contact.name, o.contact.phone, o.contact.email, o.status,
                    o.statusReason, o.createdAt, o.verifiedAt);
        }

        /** What someone who merely asked to join sees: not the organisation's contact person. */
        OrganisationView withoutContact() {
            return new OrganisationView(id, name, type, creditCode, regionCode, regionName, null, null, null, status,
                    statusReason, createdAt, verifiedAt);
        }
    }

    /** The person, with their {@link Standing}: whether they may act for their organisation yet. */
    public record UserView(long id, String username, String displayName, String email, String role,
            List<String> roles, boolean membershipApproved, Standing standing, OrganisationView organisation) {

        static UserView of(UserAccount u, Organisation o, RegionDirectory regions) {
            OrganisationView organisation = OrganisationView.of(o, regions);
            return new UserView(u.id, u.username, u.displayName, u.email, u.role, List.of(u.role),
                    u.membershipApproved, Standing.of(u.role, u.membershipApproved, o.isVerified()),
                    u.membershipApproved ? organisation : organisation.withoutContact());
        }
    }

    public record MemberView(long id, String username, String displayName, String role, boolean membershipApproved) {
        static MemberView of(UserAccount u) {
            return new MemberView(u.id, u.username, u.displayName, u.role, u.membershipApproved);
        }
    }

    public record AuditView(OffsetDateTime occurredAt, String actor, String action, String fromState, String toState,
            String reason) {
    }

    public record DecisionRequest(OrganisationService.Decision decision, String reason) {
    }

    public record PasswordChangeRequest(String currentPassword, String newPassword) {
    }

    public record TokenRequest(String currentPassword, String name, Integer validDays) {
    }

    public record TokenView(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
            OffsetDateTime expiresAt, OffsetDateTime revokedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id, t.name, t.prefix, t.createdAt, t.lastUsedAt, t.expiresAt, t.revokedAt);
        }
    }

    /** The token with its secret: the only time the secret is shown. */
    public record CreatedTokenView(TokenView token, String secret) {
    }

    public record ResetRequest(String username) {
    }

    public record NewPasswordRequest(String token, String newPassword) {
    }

    public record IssuedView(long userId, String token, String link, OffsetDateTime expiresAt) {
    }

    /** A self-registration: the person and their organisation (new, or an existing one by credit code). */
    public record RegistrationRequest(
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
}
