package org.techmarket.contract;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.techmarket.common.ConflictException;
import org.techmarket.common.InvalidInputException;
import org.techmarket.common.StateTransitionException;

/**
 * 技术合同: a signed technology contract that the seller registers with the market. Staff register
 * it (认定登记) with a registration number and the approved technology transaction amount, return
 * it for correction, or refuse it (未予登记).
 */
@Entity
@Table(name = "contract")
public class Contract {

    public static final String ENTITY = "Contract";
    /** Staff decide within this many days of submission. */
    public static final int DECISION_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractType type;

    @Column(name = "project_name", nullable = false)
    public String projectName;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "organisationId", column = @Column(name = "seller_organisation_id", nullable = false)),
        @AttributeOverride(name = "name", column = @Column(name = "seller_name", nullable = false)),
        @AttributeOverride(name = "creditCode", column = @Column(name = "seller_credit_code", nullable = false)),
        @AttributeOverride(name = "regionCode", column = @Column(name = "seller_region_code", nullable = false)),
        @AttributeOverride(name = "entityType", column = @Column(name = "seller_entity_type", nullable = false))})
    public ContractParty seller = new ContractParty();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "organisationId", column = @Column(name = "buyer_organisation_id", nullable = false)),
        @AttributeOverride(name = "name", column = @Column(name = "buyer_name", nullable = false)),
        @AttributeOverride(name = "creditCode", column = @Column(name = "buyer_credit_code", nullable = false)),
        @AttributeOverride(name = "regionCode", column = @Column(name = "buyer_region_code", nullable = false)),
        @AttributeOverride(name = "entityType", column = @Column(name = "buyer_entity_type", nullable = false))})
    public ContractParty buyer = new ContractParty();

    @Column(name = "signing_date", nullable = false)
    public LocalDate signingDate;
    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;
    @Column(name = "valid_to", nullable = false)
    public LocalDate validTo;

    @Column(name = "contract_amount_fen", nullable = false)
    public long contractAmountFen;
    /** 技术交易额: the technology part of the contract amount, without equipment and materials. */
    @Column(name = "transaction_amount_fen", nullable = false)
    public long transactionAmountFen;
    /** 设备、材料等费用, declared apart from the transaction amount. */
    @Column(name = "equipment_cost_fen", nullable = false)
    public long equipmentCostFen;
    @Column(name = "payment_terms")
    public String paymentTerms;

    @Column(name = "case_id")
    public Long caseId;
    @Column(name = "result_id")
    public Long resultId;
    @Column(name = "need_id")
    public Long needId;
    /** The technology field, taken from the linked listing when there is one. */
    public String field;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractStatus status = ContractStatus.DRAFT;

    @Column(name = "drafted_by", nullable = false)
    public long draftedBy;
    @Column(name = "buyer_confirmed_by")
    public Long buyerConfirmedBy;
    @Column(name = "buyer_confirmed_at")
    public OffsetDateTime buyerConfirmedAt;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "decided_by")
    public Long decidedBy;
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "registration_number")
    public String registrationNumber;
    @Column(name = "approved_amount_fen")
    public Long approvedAmountFen;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    public long version;

    public boolean isOverdue(LocalDate today) {
        return status == ContractStatus.SUBMITTED && dueDate != null && today.isAfter(dueDate);
    }

    public void submit(LocalDate today) {
        moveTo(ContractStatus.SUBMITTED);
        submittedAt = OffsetDateTime.now();
        dueDate = today.plusDays(DECISION_DAYS);
        // The buyer confirms what is submitted; a corrected contract needs a fresh confirmation.
        buyerConfirmedAt = null;
        buyerConfirmedBy = null;
        decisionReason = null;
    }

    public void confirmByBuyer(long userId) {
        if (status != ContractStatus.SUBMITTED) {
            throw new StateTransitionException(ENTITY, status, "CONFIRMED");
        }
        if (buyerConfirmedAt != null) {
            throw new ConflictException("The buyer has already confirmed this contract");
        }
        buyerConfirmedAt = OffsetDateTime.now();
        buyerConfirmedBy = userId;
    }

    /** Registers the contract once: its number and the transaction amount the market recognises. */
    public void register(String number, long approvedAmount, long staffId) {
        if (buyerConfirmedAt == null && status == ContractStatus.SUBMITTED) {
            throw new ConflictException("The buyer has not confirmed this contract yet");
        }
        if (approvedAmount <= 0 || approvedAmount > transactionAmountFen) {
            throw InvalidInputException.of("approvedAmountFen",
                    "between 1 and the declared transaction amount (" + transactionAmountFen + ")");
        }
        moveTo(ContractStatus.REGISTERED);
        registrationNumber = number;
        approvedAmountFen = approvedAmount;
        decided(staffId, null);
    }

    public void returnForCorrection(String reason, long staffId) {
        moveTo(ContractStatus.RETURNED);
        decided(staffId, reason);
    }

    public void reject(String reason, long staffId) {
        moveTo(ContractStatus.REJECTED);
        decided(staffId, reason);
    }

    private void decided(long staffId, String reason) {
        decidedBy = staffId;
        decidedAt = OffsetDateTime.now();
        decisionReason = reason;
    }

    private void moveTo(ContractStatus target) {
        if (!status.canMoveTo(target)) {
            throw new StateTransitionException(ENTITY, status, target);
        }
        status = target;
        updatedAt = OffsetDateTime.now();
    }
}
