package org.techmarket.trade;

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
import org.techmarket.common.StateTransitionException;

/** 成交: a concluded deal with its numbered transaction confirmation (成交确认书) and its contract draft. */
@Entity
@Table(name = "trade_deal")
public class TradeDeal {

    public static final String ENTITY = "TradeDeal";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String number;

    @Column(name = "trade_id", nullable = false)
    public long tradeId;

    @Column(name = "auction_id")
    public Long auctionId;

    @Column(name = "result_id", nullable = false)
    public long resultId;

    @Column(name = "seller_organisation_id", nullable = false)
    public long sellerOrganisationId;

    @Column(name = "buyer_organisation_id", nullable = false)
    public long buyerOrganisationId;

    @Column(name = "price_fen", nullable = false)
    public long priceFen;

    @Column(name = "contract_id")
    public Long contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DealStatus status = DealStatus.CONCLUDED;

    @Column(name = "concluded_at", nullable = false)
    public OffsetDateTime concludedAt = OffsetDateTime.now();

    @Column(name = "settled_at")
    public OffsetDateTime settledAt;

    @Version
    public long version;

    public void end(DealStatus target) {
        if (status != DealStatus.CONCLUDED || target == DealStatus.CONCLUDED) {
            throw new StateTransitionException(ENTITY, status, target);
        }
        status = target;
        settledAt = OffsetDateTime.now();
    }
}
