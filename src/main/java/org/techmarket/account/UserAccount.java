package org.techmarket.account;

import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * 用户: a person who logs in. Belongs to one organisation and has one role. The password is a
 * bcrypt hash in Modular Crypt Format, as security-jpa defines it.
 */
@Entity
@Table(name = "user_account")
@UserDefinition
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    @Column(nullable = false, unique = true)
    public String username;

    @Password
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Roles
    @Column(nullable = false)
    public String role;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(nullable = false)
    public String email;

    public String phone;

    @Column(name = "organisation_id", nullable = false)
    public long organisationId;

    /** Founders of an organisation are members at once; people joining an existing one wait for staff. */
    @Column(name = "membership_approved", nullable = false)
    public boolean membershipApproved;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    @Column(name = "locked_until")
    public OffsetDateTime lockedUntil;

    /** Bumped when every session must end (logout, password change); session cookies carry it. */
    @Column(name = "session_version", nullable = false)
    public int sessionVersion;

    @Column(name = "password_changed_at")
    public OffsetDateTime passwordChangedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Version
    public long version;

    public boolean isLocked(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
