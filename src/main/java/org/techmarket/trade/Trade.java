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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.techmarket.common.StateTransitionException;

/**
 * 挂牌: a published result listed for sale at an asking price, with its terms and a notice period
 * (公示) during which enterprises declare intent to buy. Each state change is made here and checked.
 */
@Entity
@Table(name = "trade")
public class Trade {

    public static final String ENTITY = "Trade";
    /** The shortest notice period, in working days. */
    public static final int MIN_NOTICE_DAYS = 10;
    public static final int MAX_NOTICE_DAYS = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "result_id", nullable = false)
    public long resultId;

    @Column(name = "seller_organisation_id", nullable = false)
    public long sellerOrganisationId;

    @Column(name = "requested_by", nullable = false)
    public long requestedBy;

    @Column(nullable = false)
    public String title;

    @Column(name = "asking_price_fen", nullable = false)
    public long askingPriceFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TradeTerms terms;

    @Column(nullable = false)
    public boolean exclusive;

    @Column(name = "notice_days", nullable = false)
    public int noticeDays;

    @Column(name = "notice_from")
    public LocalDate noticeFrom;

    @Column(name = "notice_until")
    public LocalDate noticeUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TradeStatus status = TradeStatus.REQUESTED;

    public String reason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    public long version;

    /** Staff list it: the notice period runs from the given day for its working days. */
    public void list(LocalDate from, LocalDate until) {
        move(TradeStatus.NOTICE);
        noticeFrom = from;
        noticeUntil = until;
        reason = null;
    }

    public void move(TradeStatus target) {
        if (!status.canMoveTo(target)) {
            throw new StateTransitionException(ENTITY, status, target);
        }
        status = target;
        updatedAt = OffsetDateTime.now();
    }

    public boolean takesIntents(LocalDate today) {
        return status == TradeStatus.NOTICE && !today.isAfter(noticeUntil);
    }
}
