package org.techmarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.techmarket.account.AccountDemoData;

/**
 * The demo data tells a year (loaded through the real services, then moved to its story days): every
 * date in this year and none in the future, listings posted in every month so far, cases opened after
 * their listings, contracts decided within 30 days, money moved over the months. Only the demo
 * organisations' records are read; other tests share the database.
 */
@QuarkusTest
@TestProfile(DemoDataProfile.class)
class DemoStoryTest {

    private static final List<String> DEMO = List.of(AccountDemoData.LZU, AccountDemoData.IMP, AccountDemoData.LUT,
            AccountDemoData.GSAAS, AccountDemoData.MEMBRANE, AccountDemoData.MACHINE, AccountDemoData.HERB,
            AccountDemoData.LAB, AccountDemoData.TRANSFER_CENTRE, AccountDemoData.NONFERROUS, AccountDemoData.WIND);

    /** The demo organisations, their listings and cases, for the queries below. */
    private static final String WITH = """
            WITH demo AS (SELECT id FROM organisation WHERE credit_code IN (:demo)),
                 l AS (SELECT * FROM listing WHERE organisation_id IN (SELECT id FROM demo)),
                 c AS (SELECT * FROM match_case WHERE need_id IN (SELECT id FROM l))
            """;

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(WITH + sql).setParameter("demo", DEMO).getResultList();
    }

    private long number(String sql) {
        return ((Number) em.createNativeQuery(WITH + sql).setParameter("demo", DEMO).getSingleResult()).longValue();
    }

    @Test
    @Transactional
    void shouldDateEveryDemoRecordInThisYearAndNoneInTheFuture() {
        List<Object[]> outside = rows("""
                , dates (what, at) AS (
                  SELECT 'listing created', created_at FROM l UNION ALL SELECT 'listing submitted', submitted_at FROM l
                  UNION ALL SELECT 'listing published', published_at FROM l UNION ALL SELECT 'listing updated', updated_at FROM l
                  UNION ALL SELECT 'case', created_at FROM c UNION ALL SELECT 'case moved', updated_at FROM c
                  UNION ALL SELECT 'message', m.created_at FROM case_message m WHERE m.case_id IN (SELECT id FROM c)
                  UNION ALL SELECT 'inquiry', created_at FROM inquiry WHERE listing_id IN (SELECT id FROM l)
                  UNION ALL SELECT 'answer', replied_at FROM inquiry WHERE listing_id IN (SELECT id FROM l)
                  UNION ALL SELECT 'contract ' || k.what, k.at FROM contract t, LATERAL (VALUES ('created', t.created_at),
                         ('submitted', t.submitted_at), ('confirmed', t.buyer_confirmed_at), ('decided', t.decided_at)) k (what, at)
                   WHERE t.seller_organisation_id IN (SELECT id FROM demo)
                  UNION ALL SELECT 'ledger ' || t.kind, t.created_at FROM ledger_transaction t JOIN voucher v ON v.id = t.voucher_id
                   WHERE v.organisation_id IN (SELECT id FROM demo)
                  UNION ALL SELECT 'organisation', created_at FROM organisation WHERE id IN (SELECT id FROM demo)
                  UNION ALL SELECT 'audit ' || e.entity_type, e.occurred_at FROM audit_event e
                   WHERE (e.entity_type = 'Listing' AND e.entity_id IN (SELECT id FROM l))
                      OR (e.entity_type = 'MatchCase' AND e.entity_id IN (SELECT id FROM c)))
                SELECT what, at::text FROM dates
                 WHERE at IS NOT NULL AND (at < date_trunc('year', now()) OR at > now())""");
        assertEquals(List.of(), outside.stream().map(r -> r[0] + " " + r[1]).toList());
        assertEquals(49, number("SELECT count(*) FROM l"), "the demo listings");
        assertEquals(11, number("SELECT count(*) FROM c"), "the demo cases");
    }

    @Test
    @Transactional
    void shouldPostListingsInEveryMonthSoFarAndMoreInTheRecentHalf() {
        @SuppressWarnings("unchecked")
        Set<Integer> months = ((List<Number>) em.createNativeQuery(WITH
                + "SELECT DISTINCT extract(month FROM created_at)::int FROM l").setParameter("demo", DEMO).getResultList())
                .stream().map(Number::intValue).collect(Collectors.toSet());
        assertEquals(IntStream.rangeClosed(1, LocalDate.now().getMonthValue()).boxed().collect(Collectors.toSet()), months);
        List<Object[]> halves = rows("""
                SELECT count(*) FILTER (WHERE created_at <= date_trunc('year', now()) + (now() - date_trunc('year', now())) / 2),
                       count(*) FILTER (WHERE created_at > date_trunc('year', now()) + (now() - date_trunc('year', now())) / 2)
                  FROM l""");
        long older = ((Number) halves.get(0)[0]).longValue();
        long recent = ((Number) halves.get(0)[1]).longValue();
        assertTrue(recent > older, () -> recent + " listings in the recent half, " + older + " before");
        assertEquals(0, number("SELECT count(*) FROM l WHERE submitted_at < created_at OR published_at < submitted_at"
                + " OR (status = 'PUBLISHED' AND valid_until <= current_date)"), "listings written, submitted, published, still valid");
    }

    @Test
    @Transactional
    void shouldOpenEachCaseAfterItsListingsAndTakeItsStepsInOrder() {
        assertEquals(0, number("""
                SELECT count(*) FROM c JOIN l n ON n.id = c.need_id JOIN l r ON r.id = c.result_id
                 WHERE c.created_at <= greatest(n.published_at, r.published_at) OR c.updated_at < c.created_at"""),
                "cases opened after both listings were published");
        assertEquals(0, number("""
                SELECT count(*) FROM case_message m JOIN c ON c.id = m.case_id WHERE m.created_at <= c.created_at"""),
                "messages after the case was opened");
        assertEquals(0, number("""
                SELECT count(*) FROM (SELECT e.occurred_at, lag(e.occurred_at) OVER (PARTITION BY e.entity_id ORDER BY e.id) AS before,
                                             e.actor FROM audit_event e WHERE e.entity_type = 'MatchCase' AND e.entity_id IN (SELECT id FROM c)) s
                 WHERE s.occurred_at < s.before OR s.actor = 'system'"""), "each case's steps in order, each by someone");
        List<Object[]> outcomes = rows("""
                SELECT status, count(*), count(DISTINCT decline_reason) FROM c GROUP BY status ORDER BY status""");
        assertEquals(List.of("AGREED 3 0", "CONTACTED 2 0", "DECLINED 5 5", "NEGOTIATING 1 0"),
                outcomes.stream().map(r -> r[0] + " " + r[1] + " " + r[2]).toList());
    }

    @Test
    @Transactional
    void shouldDecideEachDemoContractWithinThirtyDaysOfItsSubmission() {
        String contracts = "SELECT * FROM contract WHERE seller_organisation_id IN (SELECT id FROM demo)";
        assertEquals(0, number("SELECT count(*) FROM (" + contracts + ") t WHERE t.decided_at > t.submitted_at + interval '30 days'"
                + " OR t.decided_at < t.buyer_confirmed_at OR t.submitted_at < t.created_at OR t.created_at::date < t.signing_date"
                + " OR t.due_date <> t.submitted_at::date + 30"), "drafted after signing, decided within 30 days");
        assertEquals(0, number("SELECT count(*) FROM (" + contracts + ") t WHERE t.status = 'REGISTERED'"
                + " AND substr(t.registration_number, 7, 4)::int <> extract(year FROM t.decided_at)"), "numbered in their year");
        List<Object[]> byStatus = rows("SELECT t.status, count(*), count(DISTINCT t.type), count(DISTINCT substr(t.buyer_region_code, 1, 4)),"
                + " min(t.contract_amount_fen), max(t.contract_amount_fen) FROM (" + contracts + ") t GROUP BY t.status ORDER BY t.status");
        // The expo's deals signed on site (ExpoDemoData): one registered since, two drafts the parties have yet to
        // complete; and the draft drafted from the demo trade's deal (TradeDemoData).
        assertEquals(List.of("DRAFT 3 3 3 85000000 140000000", "REGISTERED 10 5 4 5000000 800000000",
                "RETURNED 1 1 1 55000000 55000000",
                "SUBMITTED 1 1 1 150000000 150000000"), byStatus.stream()
                .map(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3] + " " + r[4] + " " + r[5]).toList());
        assertEquals(1, number("SELECT count(*) FROM (" + contracts + ") t WHERE t.status = 'SUBMITTED' AND t.due_date > current_date"),
                "the waiting contract is not overdue");
        assertEquals(3, number("SELECT count(*) FROM (" + contracts + ") t JOIN c ON c.id = t.case_id"
                + " WHERE c.status = 'AGREED' AND c.updated_at < t.created_at"), "drafted from agreed cases, after the agreement");
    }

    @Test
    @Transactional
    void shouldAnswerInquiriesAfterTheyAreAskedAndMoveVoucherMoneyOverTheMonths() {
        assertEquals(0, number("""
                SELECT count(*) FROM inquiry q JOIN l ON l.id = q.listing_id
                 WHERE q.created_at <= l.published_at OR q.replied_at <= q.created_at"""), "asked after posting, answered after asking");
        assertTrue(number("SELECT count(*) FROM inquiry WHERE listing_id IN (SELECT id FROM l)") >= 5, "a handful of inquiries");
        long months = number("""
                SELECT count(DISTINCT date_trunc('month', t.created_at)) FROM ledger_transaction t JOIN voucher v ON v.id = t.voucher_id
                 WHERE v.organisation_id IN (SELECT id FROM demo)""");
        assertTrue(months >= Math.min(4, LocalDate.now().getMonthValue()), () -> "voucher money moved in " + months + " months");
        assertEquals(0, number("""
                SELECT count(*) FROM redemption r JOIN service_order o ON o.id = r.order_id JOIN voucher v ON v.id = r.voucher_id
                 WHERE v.organisation_id IN (SELECT id FROM demo)
                   AND (r.created_at < o.delivered_at OR o.delivered_at < o.created_at OR o.created_at < v.issued_at
                        OR r.decided_at < r.created_at)"""), "ordered after the voucher was issued, claimed after delivery");
    }
}
