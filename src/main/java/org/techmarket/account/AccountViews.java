package org.techmarket.account;

import org.techmarket.common.RegionDirectory;
import org.techmarket.common.Standing;
import java.time.OffsetDateTime;
import java.util.List;

/** JSON shapes of accounts and organisations. */
public final class AccountViews {
    private AccountViews() {
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
                    u.membershipApproved, Standing.of(u.membershipApproved, o.isVerified()),
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
}
