package org.techmarket.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.techmarket.common.AuditTrail;
import org.techmarket.common.Caller;
import org.techmarket.common.ForbiddenActionException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.NotFoundException;
import org.techmarket.common.Roles;
import org.techmarket.common.Texts;
import org.techmarket.common.Validation;
import org.techmarket.notification.Notifications;

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

    @Inject
    LoginService logins;

    @Inject
    ApiTokenService tokens;

    @Inject
    Notifications notifications;

    /**
     * Registers a person. A new credit code creates the organisation (pending verification) with the
     * person as its first member; a known one makes them a member awaiting staff approval.
     */
    @Transactional
    public UserAccount register(AccountApi.RegistrationRequest input) {
        validation.check(input);
        Map<String, String> errors = new LinkedHashMap<>();
        checkUsernameAndPassword(input.username(), input.password(), errors);
        Optional<Organisation> existing = organisations.findByCreditCode(input.organisation().creditCode());
        OrganisationType type = existing.map(o -> o.type).orElse(input.organisation().type());
        if (!type.admits(input.role())) {
            // A new organisation whose type does not take a role some type takes: the type is what to fix.
            boolean someTypeAdmits = java.util.Arrays.stream(OrganisationType.values()).anyMatch(t -> t.admits(input.role()));
            errors.put(existing.isEmpty() && someTypeAdmits ? "organisation.type" : "role",
                    texts.get("techmarket.role.organisationType"));
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
        if (existing.isPresent()) {
            tellMembersOfJoiner(organisation, user);
        }
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

    /**
     * A joiner becomes a member. Staff approve anyone; an approved member of a verified organisation
     * approves people joining their own organisation (to anyone else the joiner does not exist: 404).
     */
    @Transactional
    public UserAccount approveMembership(long userId, Caller approver) {
        UserAccount user = users.findByIdOptional(userId).orElseThrow(() -> new NotFoundException("User", userId));
        if (!approver.isStaff() && !approver.isMemberOf(user.organisationId)) {
            throw new NotFoundException("User", userId);
        }
        if (!user.membershipApproved) {
            user.membershipApproved = true;
            audit.record(ENTITY, user.id, "approve-membership", "AWAITING_APPROVAL", "MEMBER", null);
            logins.forget(user.username);
            notifications.notify(user.id, "MEMBERSHIP", "member:" + user.id, "/account", "membership.approved",
                    organisations.findById(user.organisationId).name);
        }
        return user;
    }

    /** People awaiting approval to join the organisation (for its members' account page). */
    public List<UserAccount> awaitingApproval(long organisationId) {
        return users.listByOrganisation(organisationId).stream().filter(u -> !u.membershipApproved && u.enabled)
                .toList();
    }

    /** Everyone awaiting approval to join an organisation, the longest waiting first (the staff workbench). */
    public List<UserAccount> joinersAwaitingApproval(Caller caller) {
        if (!caller.isStaff()) {
            throw new ForbiddenActionException("Only market staff see every joiner");
        }
        return users.listAwaitingMembership();
    }

    private void tellMembersOfJoiner(Organisation organisation, UserAccount joiner) {
        for (UserAccount member : users.listByOrganisation(organisation.id)) {
            if (member.membershipApproved && member.enabled && !member.id.equals(joiner.id)) {
                notifications.notify(member.id, "MEMBERSHIP", "join:" + joiner.id, "/account", "membership.request",
                        joiner.displayName, joiner.username, organisation.name);
            }
        }
    }

    /**
     * Ends every session of the user on every replica (logging out ends the session everywhere, so a
     * copied cookie is worthless); "log out everywhere" also revokes every API token.
     */
    @Transactional
    public void endSessions(long userId, boolean revokeTokens) {
        UserAccount user = get(userId);
        users.endSessions(userId);
        if (revokeTokens) {
            tokens.revokeAll(userId);
        }
        audit.record(ENTITY, userId, "end-sessions", null, null, null);
        logins.forget(user.username);
    }

    /**
     * The user changes their password, giving the current one; every session (this one included)
     * ends, so a stolen session cookie stops working too.
     */
    @Transactional
    public void changePassword(Caller caller, String currentPassword, String newPassword) {
        UserAccount user = get(caller.userId());
        if (currentPassword == null || !logins.passwordMatches(currentPassword, user.passwordHash)) {
            throw InvalidInputException.of("currentPassword", texts.get("techmarket.password.current"));
        }
        replacePassword(user, newPassword, "change-password", null);
    }

    /**
     * Gives the account a new password (checked against the policy): every session ends, every API token
     * is revoked, the login lock is lifted. Password change and reset both come here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void replacePassword(UserAccount user, String newPassword, String action, String reason) {
        if (newPassword == null) {
            throw InvalidInputException.of("newPassword", texts.get("techmarket.password.tooShort"));
        }
        PasswordPolicy.weakness(newPassword, user.username)
                .ifPresent(key -> { throw InvalidInputException.of("newPassword", texts.get(key)); });
        user.passwordHash = BcryptUtil.bcryptHash(newPassword);
        user.passwordChangedAt = java.time.OffsetDateTime.now();
        user.sessionVersion++;
        user.failedLogins = 0;
        user.lockedUntil = null;
        tokens.revokeAll(user.id);
        audit.record(ENTITY, user.id, action, null, null, reason);
        logins.forget(user.username);
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
