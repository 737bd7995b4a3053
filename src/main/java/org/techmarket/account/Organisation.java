package org.techmarket.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.techmarket.common.Contact;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.StateTransitionException;

/** 机构: a university, institute, company or service provider whose members use the market. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationType type;

    /** 统一社会信用代码 */
    @Column(name = "credit_code", nullable = false, unique = true)
    public String creditCode;

    /** GB/T 2260 行政区划代码 */
    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Embedded
    public Contact contact = new Contact();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationStatus status = OrganisationStatus.PENDING;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "verified_at")
    public OffsetDateTime verifiedAt;

    @Version
    public long version;

    public boolean isVerified() {
        return status == OrganisationStatus.VERIFIED;
    }

    public void verify() {
        moveTo(OrganisationStatus.VERIFIED);
        statusReason = null;
        verifiedAt = OffsetDateTime.now();
    }

    public void reject(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "a reason is required to reject an organisation");
        }
        moveTo(OrganisationStatus.REJECTED);
        statusReason = reason;
    }

    public void resubmit() {
        moveTo(OrganisationStatus.PENDING);
    }

    private void moveTo(OrganisationStatus target) {
        if (!status.canMoveTo(target)) {
            throw new StateTransitionException("Organisation", status, target);
        }
        status = target;
    }
}
