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
}
