package org.techmarket.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.techmarket.common.ConflictException;

/** 服务订单: a service an enterprise buys from a registered provider, partly paid by a voucher. OPEN → DELIVERED → REDEEMED. */
@Entity
@Table(name = "service_order")
public class ServiceOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "enterprise_organisation_id", nullable = false)
    public long enterpriseOrganisationId;
    @Column(name = "provider_organisation_id", nullable = false)
    public long providerOrganisationId;
    @Column(nullable = false)
    public String category;
    @Column(nullable = false)
    public String description;
    @Column(name = "amount_fen", nullable = false)
    public long amountFen;
    /** The brokered case this service serves (optional). */
    @Column(name = "case_id")
    public Long caseId;
    /** The technology contract this service serves (optional). */
    @Column(name = "contract_id")
    public Long contractId;
    @Column(name = "voucher_id")
    public Long voucherId;
    /** What the voucher pays of this order: reserved until redeemed or released. */
    @Column(name = "voucher_amount_fen", nullable = false)
    public long voucherAmountFen;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status = OrderStatus.OPEN;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();
    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
    @Version
    public long version;

    /** The provider has delivered: OPEN → DELIVERED (409 otherwise). */
    public void deliver() {
        move(OrderStatus.DELIVERED, "Only an open order is delivered");
        deliveredAt = OffsetDateTime.now();
    }

    /** OPEN → CANCELLED (409 otherwise); the caller then releases what a voucher reserved for it. */
    public void cancel() {
        move(OrderStatus.CANCELLED, "Only an open order is cancelled");
    }

    /** Whether the provider may claim the voucher part: delivered, and paid partly by a voucher. */
    public boolean claimable() {
        return status == OrderStatus.DELIVERED && voucherId != null && voucherAmountFen > 0;
    }

    /** The claim was paid: DELIVERED → REDEEMED. */
    public void redeemed() {
        move(OrderStatus.REDEEMED, "Only a delivered order is redeemed");
    }

    /** The claim was returned: what the voucher held for the order went back to it; no voucher is left when none is. */
    public void released(long fen) {
        if (fen <= 0 || fen > voucherAmountFen) {
            throw new IllegalStateException("release of " + fen + " fen from an order carrying " + voucherAmountFen);
        }
        voucherAmountFen -= fen;
        if (voucherAmountFen == 0) {
            voucherId = null;
        }
    }

    private void move(OrderStatus target, String refusal) {
        if (!status.canMoveTo(target)) {
            throw new ConflictException(refusal);
        }
        status = target;
    }
}
