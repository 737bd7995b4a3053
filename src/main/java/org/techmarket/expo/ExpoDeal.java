package org.techmarket.expo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * 现场签约: a deal signed on site at an expo, recorded by staff. It becomes a contract draft that the
 * parties complete and register; the deal keeps that contract's id.
 */
@Entity
@Table(name = "expo_deal")
public class ExpoDeal {

    public static final String ENTITY = "ExpoDeal";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "expo_id", nullable = false)
    public long expoId;
    @Column(name = "result_id", nullable = false)
    public long resultId;
    @Column(name = "result_title", nullable = false)
    public String resultTitle;
    @Column(name = "seller_id", nullable = false)
    public long sellerId;
    @Column(name = "seller_name", nullable = false)
    public String sellerName;
    @Column(name = "buyer_id", nullable = false)
    public long buyerId;
    @Column(name = "buyer_name", nullable = false)
    public String buyerName;
    @Column(name = "amount_fen", nullable = false)
    public long amountFen;
    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;
    @Column(name = "contract_id", nullable = false)
    public long contractId;
    @Column(name = "recorded_by", nullable = false)
    public long recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt = OffsetDateTime.now();
}
