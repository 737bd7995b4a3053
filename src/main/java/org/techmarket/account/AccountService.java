package org.techmarket.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.Roles;
import org.techmarket.common.Texts;
import org.techmarket.common.Validation;

/** Registration, staff accounts and who-is-who. Owns users; organisations go through {@link OrganisationService}. */
@ApplicationScoped
public class AccountService {

    public static final String ENTITY = "UserAccount";

    @Inject
    UserAccountRepository users;

    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationService organisationService;

    @Inject
    AuditTrail audit;

    @Inject
    Validation validation;

    @Inject
    Texts texts;

    /**
     * Registers a person. A new credit code creates the organisation (pending verification) with the
     * person as its first member; a known one makes them a member awaiting staff approval.
     */
    @Transactional
    public UserAccount register(Registration input) {
        validation.check(input);
        Map<String, String> errors = new LinkedHashMap<>();
        checkUsernameAndPassword(input.username(), input.password(), errors);
        Optional<Organisation> existing = organisations.findByCreditCode(input.organisation().creditCode());
        OrganisationType type = existing.map(o -> o.type).orElse(input.organisation().type());
        if (!type.admits(input.role())) {
            errors.put("role", texts.get("techmarket.role.organisationType"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Organisation organisation = existing.orElseGet(() -> organisationService.create(input.organisation()));
        UserAccount user = newUser(input.username(), input.password(), input.role(), input.displayName(),
                input.email(), input.phone(), organisation.id);
        user.membershipApproved = existing.isEmpty();
        users.persist(user);
        audit.record(ENTITY, user.id, "register", null, user.membershipApproved ? "MEMBER" : "AWAITING_APPROVAL",
                existing.isPresent() ? "joins existing organisation " + organisation.id : null);
        return user;
    }

    /** An admin creates a staff account in the market's own organisation. */
    @Transactional
    public UserAccount createStaff(StaffAccount input) {
        validation.check(input);
        Map<String, String> errors = new LinkedHashMap<>();
        checkUsernameAndPassword(input.username(), input.password(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return createMarketAccount(input.username(), input.password(), Roles.STAFF, input.displayName(),
                input.email());
    }

    /** A staff or admin account of the market organisation (bootstrap and demo data use it too). */
    @Transactional
    public UserAccount createMarketAccount(String username, String password, String role, String displayName,
            String email) {
        Organisation market = organisationService.marketOrganisation();
        UserAccount user = newUser(username, password, role, displayName, email, null, market.id);
        user.membershipApproved = true;
        users.persist(user);
        audit.record(ENTITY, user.id, "create", null, role, null);
        return user;
    }

    @Transactional
    public UserAccount approveMembership(long userId) {
        UserAccount user = users.findByIdOptional(userId).orElseThrow(() -> new NotFoundException("User", userId));
        if (!user.membershipApproved) {
            user.membershipApproved = true;
            audit.record(ENTITY, user.id, "approve-membership", "AWAITING_APPROVAL", "MEMBER", null);
        }
        return user;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username);
    }

    public Optional<UserAccount> findById(long userId) {
        return users.findByIdOptional(userId);
    }

    public UserAccount get(long userId) {
        return users.findByIdOptional(userId).orElseThrow(() -> new NotFoundException("User", userId));
    }

    /** Whether the user may act for their organisation (a confirmed, enabled member). */
    public boolean isActiveMember(long userId) {
        return users.findByIdOptional(userId).map(u -> u.enabled && u.membershipApproved).orElse(false);
    }

    public boolean usernameTaken(String username) {
        return users.existsByUsername(username);
    }

    private void checkUsernameAndPassword(String username, String password, Map<String, String> errors) {
        if (users.existsByUsername(username)) {
            errors.put("username", texts.get("techmarket.username.taken"));
        }
        PasswordPolicy.weakness(password, username).ifPresent(key -> errors.put("password", texts.get(key)));
    }

    private static UserAccount newUser(String username, String password, String role, String displayName,
            String email, String phone, long organisationId) {
        UserAccount user = new UserAccount();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.role = role;
        user.displayName = displayName;
        user.email = email;
        user.phone = phone == null || phone.isBlank() ? null : phone;
        user.organisationId = organisationId;
        return user;
    }
}
