package org.techmarket.trade;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** 竞买人: an organisation registered to bid in an auction, known to others by its number only. */
@Entity
@Table(name = "auction_bidder")
public class AuctionBidder {

    /** Its deposit's movements are audited under this entity type (the states are {@link DepositState}). */
    public static final String ENTITY = "AuctionBidder";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "auction_id", nullable = false)
    public long auctionId;

    @Column(name = "organisation_id", nullable = false)
    public long organisationId;

    @Column(name = "registered_by", nullable = false)
    public long registeredBy;

    @Column(nullable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DepositState deposit = DepositState.DUE;

    @Column(name = "deposit_reference")
    public String depositReference;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt = OffsetDateTime.now();
}
