package org.techmarket.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 兑现申请: a provider's claim for the voucher part of a delivered order. SUBMITTED → APPROVED (paid) | REJECTED (released). */
@Entity
@Table(name = "redemption")
public class Redemption extends Reviewed {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "order_id", nullable = false)
    public long orderId;
    @Column(name = "voucher_id", nullable = false)
    public long voucherId;
    @Column(name = "provider_organisation_id", nullable = false)
    public long providerOrganisationId;
    @Column(name = "amount_fen", nullable = false)
    public long amountFen;
    @Column(name = "invoice_number", nullable = false)
    public String invoiceNumber;
}
