// The checks of deploy/local/cluster-check against a running two-instance cluster (deploy/local/cluster):
// sessions across instances, session ends reaching the other instance, voucher money spread over both,
// the vector index on both, and the periodic jobs once per cluster. Prints "ok"/"FAIL" per check with its
// figures; exits 1 on any FAIL. Run through deploy/local/cluster-check (it sets the environment).
//
//   java -cp <app classpath> deploy/local/ClusterCheck.java

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.elytron.security.common.BcryptUtil;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ClusterCheck {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final String PASSWORD = "cluster-check-pass-2026";
    static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    /** The session cache of each instance (quarkus.cache.caffeine."session-identity".expire-after-write). */
    static final Duration SESSION_CACHE = Duration.ofSeconds(5);

    static String nginx;
    static String a;
    static String b;
    static String admin;
    static Duration jobEvery;
    static int failures;
    static Connection db;

    public static void main(String[] args) throws Exception {
        nginx = "http://127.0.0.1:" + env("TM_CLUSTER_PORT");
        a = "http://127.0.0.1:" + env("TM_CLUSTER_PORT_A");
        b = "http://127.0.0.1:" + env("TM_CLUSTER_PORT_B");
        admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + env("TM_CLUSTER_ADMIN_PASSWORD"))
                .getBytes(StandardCharsets.UTF_8));
        jobEvery = Duration.parse("PT" + env("TM_CHECK_JOB_EVERY"));
        db = DriverManager.getConnection(env("QUARKUS_DATASOURCE_JDBC_URL"), env("QUARKUS_DATASOURCE_USERNAME"),
                env("QUARKUS_DATASOURCE_PASSWORD"));
        String hash = BcryptUtil.bcryptHash(PASSWORD);

        System.out.println("== a. one login, served by both instances");
        sessions(hash);
        System.out.println("== b. a session ended on one instance ends on the other");
        sessionEnds(hash);
        System.out.println("== c. voucher money over both instances");
        long programId = vouchers(hash);
        System.out.println("== e. the vector index is current on both instances");
        vectors();
        System.out.println("== f. the match refresh queue, shared by both instances");
        matchRefresh();
        System.out.println("== d. periodic jobs once per cluster");
        jobs(programId);

        System.out.println(failures == 0 ? "== all checks ok" : "== " + failures + " check(s) FAILED");
        System.exit(failures == 0 ? 0 : 1);
    }

    // ---- a. sessions -----------------------------------------------------------------------------------------

    static void sessions(String hash) throws Exception {
        String user = person(hash, "ENTERPRISE", "会话检查企业" + RUN, "cs-" + RUN);
        String cookie = login(a, user, PASSWORD);
        HttpResponse<String> onB = get(b + "/api/v1/me", cookie, null);
        report(onB.statusCode() == 200 && user.equals(json(onB.body()).get("username").asText())
                        && "b".equals(instance(onB)),
                "logged in through a (form login), the cookie on b directly: %d as %s, answered by %s",
                onB.statusCode(), onB.statusCode() == 200 ? json(onB.body()).get("username").asText() : "-", instance(onB));
        Map<String, Integer> seen = new TreeMap<>();
        int asUser = 0;
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> r = get(nginx + "/api/v1/me", cookie, null);
            seen.merge(instance(r), 1, Integer::sum);
            asUser += r.statusCode() == 200 && user.equals(json(r.body()).get("username").asText()) ? 1 : 0;
        }
        report(asUser == 12 && seen.keySet().containsAll(Set.of("a", "b")),
                "12 requests through nginx with that cookie: %d served as %s, by instance %s", asUser, user, seen);
    }

    // ---- b. session ends --------------------------------------------------------------------------------------

    static void sessionEnds(String hash) throws Exception {
        String user = person(hash, "ENTERPRISE", "登出检查企业" + RUN, "cl-" + RUN);
        String cookie = login(a, user, PASSWORD);
        expect(get(b + "/api/v1/me", cookie, null), 200, "b knows the session (and caches it)");
        // The logout form as a browser sends it: the confirmation page's CSRF token and cookie.
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(a + "/logout")).header("Cookie", cookie)
                .header("Accept", "text/html").GET().build());
        Matcher token = Pattern.compile("name=\"([^\"]*csrf[^\"]*)\" value=\"([^\"]+)\"").matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on /logout: " + page.statusCode());
        }
        String csrfCookie = setCookie(page, "techmarket-csrf");
        HttpResponse<String> out = send(HttpRequest.newBuilder(URI.create(a + "/logout"))
                .header("Cookie", cookie + "; " + csrfCookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(token.group(1) + "=" + enc(token.group(2)))).build());
        long ended = System.nanoTime();
        double delay = refusedAfter(b, cookie, ended);
        report(out.statusCode() == 303 || out.statusCode() == 302 ? delay >= 0 && delay <= SESSION_CACHE.toSeconds() + 1 : false,
                "logout through a (%d): the same cookie refused on b after %.2f s (cache %d s)", out.statusCode(), delay,
                SESSION_CACHE.toSeconds());

        String onA = login(a, user, PASSWORD);
        String onB = login(b, user, PASSWORD);
        expect(get(a + "/api/v1/me", onA, null), 200, "a knows the new session (and caches it)");
        HttpResponse<String> change = send(HttpRequest.newBuilder(URI.create(b + "/api/v1/me/password"))
                .header("Cookie", onB).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"" + PASSWORD
                        + "\",\"newPassword\":\"Changed-" + PASSWORD + "\"}")).build());
        ended = System.nanoTime();
        delay = refusedAfter(a, onA, ended);
        report(change.statusCode() == 204 && delay >= 0 && delay <= SESSION_CACHE.toSeconds() + 1,
                "password change through b (%d): a cookie from a refused on a after %.2f s", change.statusCode(), delay);
    }

    /** Seconds from the session's end until the instance refuses the cookie (polled every 250 ms), or -1. */
    static double refusedAfter(String base, String cookie, long endedNanos) throws Exception {
        long limit = endedNanos + SESSION_CACHE.plusSeconds(5).toNanos();
        while (System.nanoTime() < limit) {
            if (get(base + "/api/v1/me", cookie, null).statusCode() == 401) {
                return (System.nanoTime() - endedNanos) / 1e9;
            }
            Thread.sleep(250);
        }
        return -1;
    }

    // ---- c. vouchers ------------------------------------------------------------------------------------------

    record Firm(String user, String cookieA, String cookieB, long voucher, long[] orders) {
    }

    static long vouchers(String hash) throws Exception {
        int firms = 6;
        int perFirm = 16;
        long face = 1_000_000L;
        long providerOrg = org("集群检查检测服务" + RUN, "SERVICE_PROVIDER");
        String provider = user("cp-" + RUN, "PROVIDER", providerOrg, hash);
        JsonNode program = json(expect(post(a, "/api/v1/voucher-programs", admin, null, key(),
                "{\"name\":\"集群检查创新券" + RUN + "\",\"year\":" + LocalDate.now().getYear() + ",\"budgetFen\":" + face * firms
                        + ",\"faceValueFen\":" + face + ",\"coFundingPercent\":50,\"useDeadline\":\"" + LocalDate.now().plusMonths(6)
                        + "\",\"redemptionDeadline\":\"" + LocalDate.now().plusMonths(7) + "\",\"categories\":[\"TESTING\"]}"),
                201, "program").body());
        long programId = program.get("id").asLong();
        expect(post(b, "/api/v1/voucher-programs/" + programId + "/open", admin, null, key(), ""), 200, "open program");
        String providerA = login(a, provider, PASSWORD);
        String providerB = login(b, provider, PASSWORD);
        String providerBasic = "Basic " + Base64.getEncoder().encodeToString((provider + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        long registration = json(expect(post(b, "/api/v1/providers", null, providerB, null, "{\"categories\":[\"TESTING\"]}"),
                201, "provider registration").body()).get("id").asLong();
        expect(post(a, "/api/v1/providers/" + registration + "/decision", admin, null, null, "{\"decision\":\"APPROVE\"}"), 200,
                "provider approval");

        List<Firm> list = new ArrayList<>();
        for (int i = 0; i < firms; i++) {
            String user = user("ce-" + RUN + "-" + i, "ENTERPRISE", org("集群检查企业" + RUN + "-" + i, "ENTERPRISE"), hash);
            String cookieA = login(a, user, PASSWORD);
            String cookieB = login(b, user, PASSWORD);
            String here = i % 2 == 0 ? a : b;
            String cookie = i % 2 == 0 ? cookieA : cookieB;
            long application = json(expect(post(here, "/api/v1/voucher-programs/" + programId + "/applications", null, cookie, null,
                    "{\"purpose\":\"集群检查\"}"), 201, "application").body()).get("id").asLong();
            expect(post(i % 2 == 0 ? b : a, "/api/v1/voucher-programs/" + programId + "/applications/" + application + "/decision",
                    admin, null, key(), "{\"decision\":\"APPROVE\"}"), 200, "application decision");
            long voucher = -1;
            for (JsonNode v : json(expect(get(here + "/api/v1/vouchers", cookie, null), 200, "vouchers").body())) {
                voucher = v.get("programId").asLong() == programId ? v.get("id").asLong() : voucher;
            }
            long[] orders = new long[2];
            for (int k = 0; k < 2; k++) {
                orders[k] = json(expect(post(k == 0 ? a : b, "/api/v1/service-orders", null, k == 0 ? cookieA : cookieB, null,
                        "{\"providerOrganisationId\":" + providerOrg + ",\"category\":\"TESTING\",\"description\":\"集群检查服务\","
                                + "\"amountFen\":" + face * 2 + "}"), 201, "order").body()).get("id").asLong();
            }
            list.add(new Firm(user, cookieA, cookieB, voucher, orders));
        }

        // Reservations: every firm at once, alternating instances; every fourth retried on the other instance with
        // its key, and the answers compared. The money reserved must be the sum of the distinct accepted keys.
        AtomicLong accepted = new AtomicLong();
        AtomicLong retried = new AtomicLong();
        AtomicLong retriedSame = new AtomicLong();
        AtomicLong onA = new AtomicLong();
        AtomicLong onB = new AtomicLong();
        Map<Long, Long> acceptedFen = new ConcurrentHashMap<>();
        Map<Long, Long> acceptedPerOrder = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(firms);
        List<Future<?>> done = new ArrayList<>();
        for (int f = 0; f < firms; f++) {
            Firm firm = list.get(f);
            int offset = f;
            done.add(pool.submit(() -> {
                for (int i = 0; i < perFirm; i++) {
                    boolean first = (i + offset) % 2 == 0;
                    long order = firm.orders()[i % 2];
                    long amount = 100L * (1 + i % 5);
                    String k = key();
                    String body = "{\"voucherId\":" + firm.voucher() + ",\"amountFen\":" + amount + "}";
                    HttpResponse<String> r = post(first ? a : b, "/api/v1/service-orders/" + order + "/voucher", null,
                            first ? firm.cookieA() : firm.cookieB(), k, body);
                    (first ? onA : onB).incrementAndGet();
                    if (i % 4 == 3) {
                        HttpResponse<String> again = post(first ? b : a, "/api/v1/service-orders/" + order + "/voucher", null,
                                first ? firm.cookieB() : firm.cookieA(), k, body);
                        retried.incrementAndGet();
                        retriedSame.addAndGet(again.statusCode() == r.statusCode() ? 1 : 0);
                    }
                    if (r.statusCode() == 200) {
                        accepted.incrementAndGet();
                        acceptedFen.merge(firm.voucher(), amount, Long::sum);
                        acceptedPerOrder.merge(order, amount, Long::sum);
                    }
                }
                return null;
            }));
        }
        for (Future<?> d : done) {
            d.get();
        }
        report(accepted.get() == (long) firms * perFirm && retriedSame.get() == retried.get(),
                "%d reservations by %d firms at once (%d sent to a, %d to b): %d accepted; %d retried on the other instance"
                        + " with the same Idempotency-Key, %d answered alike", (long) firms * perFirm, firms, onA.get(), onB.get(),
                accepted.get(), retried.get(), retriedSame.get());

        // Redemptions of each firm's first order: delivered, claimed with a proof, approved by staff through one
        // instance and the approval retried with its key through the other.
        byte[] proof = png();
        AtomicLong approved = new AtomicLong();
        AtomicLong approvedRetrySame = new AtomicLong();
        done.clear();
        for (int f = 0; f < firms; f++) {
            Firm firm = list.get(f);
            int offset = f;
            done.add(pool.submit(() -> {
                long order = firm.orders()[0];
                String here = offset % 2 == 0 ? a : b;
                String there = offset % 2 == 0 ? b : a;
                String providerHere = offset % 2 == 0 ? providerA : providerB;
                expect(post(here, "/api/v1/service-orders/" + order + "/delivery", null, providerHere, null, ""), 200, "delivery");
                long redemption = json(expect(post(there, "/api/v1/redemptions", null, offset % 2 == 0 ? providerB : providerA, null,
                        "{\"orderId\":" + order + ",\"invoiceNumber\":\"CC" + RUN + "-" + offset + "\"}"), 201, "redemption")
                        .body()).get("id").asLong();
                // A multipart upload with the session cookie would need the CSRF pair; API clients use Basic.
                expect(upload(here + "/api/v1/redemptions/" + redemption + "/proof", providerBasic, proof), 201, "proof");
                String k = key();
                HttpResponse<String> decision = post(there, "/api/v1/redemptions/" + redemption + "/decision", admin, null, k,
                        "{\"decision\":\"APPROVE\"}");
                HttpResponse<String> again = post(here, "/api/v1/redemptions/" + redemption + "/decision", admin, null, k,
                        "{\"decision\":\"APPROVE\"}");
                approved.addAndGet(decision.statusCode() == 200 ? 1 : 0);
                approvedRetrySame.addAndGet(again.statusCode() == 200 && again.body().equals(decision.body()) ? 1 : 0);
                return null;
            }));
        }
        for (Future<?> d : done) {
            d.get();
        }
        pool.shutdown();
        report(approved.get() == firms && approvedRetrySame.get() == firms,
                "%d redemptions claimed on one instance, approved on the other, the approval retried with its key: %d approved,"
                        + " %d retries answered with the same redemption", firms, approved.get(), approvedRetrySame.get());

        JsonNode check = json(expect(get(nginx + "/api/v1/ledger/check", null, admin), 200, "ledger check").body());
        report(check.get("ok").asBoolean(), "GET /api/v1/ledger/check: ok=%s, breaks %d", check.get("ok").asBoolean(),
                check.get("breaks").size());

        long wantReserved = 0;
        long wantRedeemed = 0;
        for (Firm firm : list) {
            wantRedeemed += acceptedPerOrder.getOrDefault(firm.orders()[0], 0L);
            wantReserved += acceptedPerOrder.getOrDefault(firm.orders()[1], 0L);
        }
        Map<String, Long> sums = new TreeMap<>();
        for (Firm firm : list) {
            JsonNode v = null;
            for (JsonNode x : json(get(a + "/api/v1/vouchers", firm.cookieA(), null).body())) {
                v = x.get("id").asLong() == firm.voucher() ? x : v;
            }
            v.get("balances").properties().forEach(e -> sums.merge(e.getKey(), e.getValue().asLong(), Long::sum));
        }
        Map<String, Long> kinds = new TreeMap<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT kind, count(*) FROM ledger_transaction WHERE program_id = ? GROUP BY kind")) {
            ps.setLong(1, programId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    kinds.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        long acceptedTotal = acceptedFen.values().stream().mapToLong(Long::longValue).sum();
        report(sums.get("reserved") == wantReserved && sums.get("redeemed") == wantRedeemed
                        && sums.get("available") == face * firms - acceptedTotal
                        && kinds.getOrDefault("RESERVE", 0L) == accepted.get() && kinds.getOrDefault("REDEEM", 0L) == firms,
                "ledger of the %d vouchers: %s fen; accepted: %d fen reserved (redeemed %d, still reserved %d);"
                        + " ledger transactions %s (RESERVE = accepted reservations %d, REDEEM = approvals %d)",
                firms, sums, acceptedTotal, wantRedeemed, wantReserved, kinds, accepted.get(), approved.get());
        return programId;
    }

    // ---- e. vectors -------------------------------------------------------------------------------------------

    static void vectors() throws Exception {
        String researcher = "Basic " + Base64.getEncoder().encodeToString("demo-researcher:demo-pass-2026".getBytes(StandardCharsets.UTF_8));
        String staff = "Basic " + Base64.getEncoder().encodeToString("demo-staff:demo-pass-2026".getBytes(StandardCharsets.UTF_8));
        String text = "基于石墨烯复合电极的高倍率锂离子电池快速充电技术，循环寿命超过三千次，适用于电动汽车与储能电站。";
        long first = publish(a, researcher, staff, "集群检查石墨烯快充电池技术甲" + RUN, text);
        long second = publish(a, researcher, staff, "集群检查石墨烯快充电池技术乙" + RUN, text + "已在兰州中试。");
        Instant published = Instant.now();
        Timestamp computed = null;
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (computed == null && System.nanoTime() < until) {
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT max(computed_at), count(*) FROM listing_embedding WHERE listing_id IN (?, ?) AND active")) {
                ps.setLong(1, first);
                ps.setLong(2, second);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    computed = rs.getLong(2) == 2 ? rs.getTimestamp(1) : null;
                }
            }
            if (computed == null) {
                Thread.sleep(250);
            }
        }
        if (computed == null) {
            report(false, "two results published through a: no vectors stored within 90 s");
            return;
        }
        System.out.printf("   two near-identical results published through a (%d, %d); their vectors stored %.2f s later%n",
                first, second, Duration.between(published, computed.toInstant()).toMillis() / 1000.0);
        for (String base : List.of(a, b)) {
            double delay = -1;
            JsonNode index = null;
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < end) {
                index = vectorIndex(base);
                if (index != null && !Instant.parse(index.get("seenUpTo").asText()).isBefore(computed.toInstant())) {
                    delay = Duration.between(computed.toInstant(), Instant.now()).toMillis() / 1000.0;
                    break;
                }
                Thread.sleep(250);
            }
            report(delay >= 0, "instance %s's index has read up to the new vectors %.2f s after they were stored (%s)",
                    base.equals(a) ? "a" : "b", delay, index);
        }
        HttpResponse<String> similar = get(b + "/api/v1/results/" + first + "/similar", null, null);
        boolean found = similar.statusCode() == 200 && similar.body().contains("\"id\":" + second);
        report(found, "GET /api/v1/results/%d/similar on b (its own index): %d, finds %d: %s", first, similar.statusCode(), second,
                found);
    }

    // ---- f. match refresh --------------------------------------------------------------------------------------

    /**
     * Both instances drain the match refresh queue every 2 s (rows claimed FOR UPDATE SKIP LOCKED): a burst of queued
     * listings must be refreshed once in all, not once per instance. Each instance counts the listings it refreshed
     * (techmarket_matching_refreshed_total in /q/metrics).
     */
    static void matchRefresh() throws Exception {
        if (!queueEmpty(null, Duration.ofSeconds(90))) {
            report(false, "the match refresh queue did not empty within 90 s before the burst");
            return;
        }
        double a0 = refreshed(a);
        double b0 = refreshed(b);
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT id FROM listing WHERE status = 'PUBLISHED' ORDER BY id DESC LIMIT 60");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        int queued;
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO match_refresh (listing_id) SELECT unnest(?::bigint[])"
                + " ON CONFLICT (listing_id) DO UPDATE SET requested_at = now()")) {
            ps.setArray(1, db.createArrayOf("bigint", ids.toArray()));
            queued = ps.executeUpdate();
        }
        Instant start = Instant.now();
        boolean drained = queueEmpty(ids, Duration.ofSeconds(180));
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        Thread.sleep(500);
        long byA = Math.round(refreshed(a) - a0);
        long byB = Math.round(refreshed(b) - b0);
        report(drained && byA + byB == queued,
                "%d listings queued for a match refresh at once: drained in %.1f s, refreshed %d times in all (by instance {a=%d, b=%d})",
                queued, seconds, byA + byB, byA, byB);
    }

    static boolean queueEmpty(List<Long> ids, Duration wait) throws Exception {
        long end = System.nanoTime() + wait.toNanos();
        String sql = ids == null ? "SELECT count(*) FROM match_refresh"
                : "SELECT count(*) FROM match_refresh WHERE listing_id = ANY(?::bigint[])";
        while (true) {
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                if (ids != null) {
                    ps.setArray(1, db.createArrayOf("bigint", ids.toArray()));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return true;
                    }
                }
            }
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(200);
        }
    }

    /** This instance's count of listings refreshed from the queue, from its Prometheus metrics (ADMIN only). */
    static double refreshed(String base) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/q/metrics"))
                .header("Accept", "text/plain").header("Authorization", admin).GET().build());
        Matcher m = Pattern.compile("(?m)^techmarket_matching_refreshed_total(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no techmarket_matching_refreshed_total in " + base + "/q/metrics: " + r.statusCode());
        }
        return Double.parseDouble(m.group(1));
    }

    static long publish(String base, String researcher, String staff, String title, String description) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("summary", "集群检查用成果：" + title);
        body.put("description", description);
        body.put("field", "NEW_ENERGY");
        body.put("keywords", List.of("石墨烯", "锂电池"));
        body.put("maturity", 6);
        body.put("transferModes", List.of("LICENSE"));
        body.put("priceFen", 50_000_000);
        body.put("regionCode", "620102");
        body.put("contactName", "张工");
        body.put("contactPhone", "0931-8888888");
        body.put("validUntil", LocalDate.now().plusYears(1).toString());
        long id = json(expect(post(base, "/api/v1/results", researcher, null, null, JSON.writeValueAsString(body)), 201,
                "result").body()).get("id").asLong();
        expect(post(base, "/api/v1/results/" + id + "/submit", researcher, null, null, ""), 200, "submit");
        expect(post(base, "/api/v1/results/" + id + "/review", staff, null, null, "{\"decision\":\"PUBLISH\"}"), 200, "review");
        return id;
    }

    static JsonNode vectorIndex(String base) throws Exception {
        HttpResponse<String> r = get(base + "/q/health/ready", null, null);
        for (JsonNode c : json(r.body()).get("checks")) {
            if ("vector-index".equals(c.get("name").asText())) {
                return c.get("data");
            }
        }
        return null;
    }

    // ---- d. jobs ----------------------------------------------------------------------------------------------

    static void jobs(long programId) throws Exception {
        String researcher = "Basic " + Base64.getEncoder().encodeToString("demo-researcher:demo-pass-2026".getBytes(StandardCharsets.UTF_8));
        String staff = "Basic " + Base64.getEncoder().encodeToString("demo-staff:demo-pass-2026".getBytes(StandardCharsets.UTF_8));
        long period = jobEvery.toSeconds();
        // Both instances' timers must be past their first delay (voucher expiry: 2 minutes after start).
        waitForRuns("voucher-expiry", 1, Duration.ofMinutes(4));
        List<Long> lapsing = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lapsing.add(publish(i % 2 == 0 ? a : b, researcher, staff, "集群检查到期成果" + RUN + "-" + i,
                    "用于检查到期任务的成果，第" + i + "项：高效光伏组件清洗机器人。"));
        }
        Instant from = Instant.now();
        try (PreparedStatement ps = db.prepareStatement("UPDATE listing SET valid_until = current_date - 1 WHERE id = ANY (?)")) {
            ps.setArray(1, db.createArrayOf("bigint", lapsing.toArray()));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = db.prepareStatement(
                "UPDATE voucher_program SET use_deadline = current_date - 1 WHERE id = ?")) {
            ps.setLong(1, programId);
            ps.executeUpdate();
        }
        System.out.printf("   4 listings lapsed and the check's voucher program past its use deadline at %s; jobs every %d s%n",
                from, period);
        Thread.sleep(jobEvery.multipliedBy(6).toMillis());

        // The instance that has been winning the slots stops for a while: the other takes them over.
        String winner = lastClaimant("listing-expiry");
        String other = "a".equals(winner) ? "b" : "a";
        System.out.printf("   instance %s has claimed the latest slots; stopping it for %d s%n", winner, period * 6);
        cluster("stop-instance", winner);
        Instant stopped = Instant.now();
        Thread.sleep(jobEvery.multipliedBy(6).toMillis());
        Map<String, Long> whileStopped = claimsSince("listing-expiry", stopped);
        report(whileStopped.getOrDefault(other, 0L) >= 3 && whileStopped.getOrDefault(winner, 0L) == 0,
                "while %s was stopped, listing-expiry slots claimed by instance: %s", winner, whileStopped);
        cluster("start-instance", winner);

        for (String job : List.of("listing-expiry", "voucher-expiry", "challenge-closing", "trade-notice")) {
            long[] s = slotFigures(job, from);
            Map<String, Long> by = claimsSince(job, from);
            long elapsed = Duration.between(from, Instant.now()).toSeconds() / period;
            // Two timers fire every period: without the claims that would be about twice as many runs as periods.
            report(s[0] == s[1] && s[0] >= elapsed - 2 && s[0] <= elapsed + 1,
                    "%-17s since the lapse: %d runs in %d slots (runs per slot = 1) over %d periods, by instance %s",
                    job, s[0], s[1], elapsed, by);
        }
        Map<String, Long> all = claimsSince("listing-expiry", Instant.EPOCH);
        report(all.getOrDefault("a", 0L) > 0 && all.getOrDefault("b", 0L) > 0,
                "listing-expiry runs by instance over the whole check: %s (both take part)", all);

        int expiredOnce = 0;
        for (long id : lapsing) {
            expiredOnce += count("SELECT count(*) FROM audit_event WHERE entity_type = 'Listing' AND entity_id = ? AND action = 'expire'",
                    id) == 1 && count("SELECT count(*) FROM listing WHERE id = ? AND status = 'EXPIRED'", id) == 1 ? 1 : 0;
        }
        report(expiredOnce == lapsing.size(), "lapsed listings EXPIRED with exactly one 'expire' audit event each: %d of %d",
                expiredOnce, lapsing.size());
        long vouchers = count("SELECT count(*) FROM voucher WHERE program_id = ?", programId);
        long expiredVouchers = count("SELECT count(*) FROM voucher WHERE program_id = ? AND status = 'EXPIRED'", programId);
        long expireEvents = count("SELECT count(*) FROM audit_event e JOIN voucher v ON v.id = e.entity_id"
                + " WHERE e.entity_type = 'Voucher' AND e.action = 'expire' AND v.program_id = ?", programId);
        long expireTransactions = count("SELECT count(*) FROM ledger_transaction WHERE program_id = ? AND kind = 'EXPIRE'", programId);
        report(expiredVouchers == vouchers && expireEvents == vouchers && expireTransactions == vouchers,
                "the program's %d vouchers: %d EXPIRED, %d 'expire' audit events, %d EXPIRE ledger transactions",
                vouchers, expiredVouchers, expireEvents, expireTransactions);
        JsonNode check = json(expect(get(nginx + "/api/v1/ledger/check", null, admin), 200, "ledger check").body());
        report(check.get("ok").asBoolean(), "ledger check after the expiry: ok=%s", check.get("ok").asBoolean());

        long[] stats = slotFigures("term-statistics", Instant.EPOCH);
        System.out.printf("   term-statistics (word statistics for search, every 30 min): %d runs in %d slots, by instance %s%n",
                stats[0], stats[1], claimsSince("term-statistics", Instant.EPOCH));
        System.out.println("   market figures: no job (kept by triggers in each transaction; the home page's reading is"
                + " cached 10 s per instance), nothing to run once per cluster");
    }

    static void waitForRuns(String job, int runs, Duration max) throws Exception {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end && slotFigures(job, Instant.EPOCH)[0] < runs) {
            Thread.sleep(1000);
        }
    }

    static String lastClaimant(String job) throws Exception {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT instance FROM scheduled_run WHERE job = ? ORDER BY slot DESC LIMIT 1")) {
            ps.setString(1, job);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "a";
            }
        }
    }

    /** Runs and distinct slots of a job since a time. */
    static long[] slotFigures(String job, Instant since) throws Exception {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT count(*), count(DISTINCT slot) FROM scheduled_run WHERE job = ? AND started_at >= ?")) {
            ps.setString(1, job);
            ps.setTimestamp(2, Timestamp.from(since));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    static Map<String, Long> claimsSince(String job, Instant since) throws Exception {
        Map<String, Long> by = new TreeMap<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT instance, count(*) FROM scheduled_run WHERE job = ? AND started_at >= ? GROUP BY instance")) {
            ps.setString(1, job);
            ps.setTimestamp(2, Timestamp.from(since));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    by.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return by;
    }

    static void cluster(String command, String instance) throws Exception {
        Process p = new ProcessBuilder("deploy/local/cluster", command, instance).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("deploy/local/cluster " + command + " " + instance + " failed");
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    static void report(boolean ok, String format, Object... args) {
        System.out.println((ok ? "ok   " : "FAIL ") + String.format(format, args));
        failures += ok ? 0 : 1;
    }

    static String env(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("missing environment variable " + name);
        }
        return v;
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String instance(HttpResponse<?> r) {
        return r.headers().firstValue("X-Techmarket-Instance").orElse("?");
    }

    static String login(String base, String user, String password) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + enc(user) + "&j_password=" + enc(password))).build());
        String cookie = setCookie(r, "techmarket-session");
        if ((r.statusCode() != 302 && r.statusCode() != 303) || cookie == null) {
            throw new IllegalStateException("login of " + user + " on " + base + " failed: " + r.statusCode());
        }
        return cookie;
    }

    static String setCookie(HttpResponse<?> r, String name) {
        for (String c : r.headers().allValues("Set-Cookie")) {
            if (c.startsWith(name + "=")) {
                return c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
            }
        }
        return null;
    }

    static HttpResponse<String> get(String url, String cookie, String auth) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").GET();
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        if (auth != null) {
            r.header("Authorization", auth);
        }
        return send(r.build());
    }

    static HttpResponse<String> post(String base, String path, String auth, String cookie, String key, String body) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            r.header("Authorization", auth);
        }
        if (cookie != null) {
            r.header("Cookie", cookie);
        }
        if (key != null) {
            r.header("Idempotency-Key", key);
        }
        return send(r.build());
    }

    static HttpResponse<String> upload(String url, String auth, byte[] content) throws Exception {
        String boundary = "cc" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"invoice.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> expect(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(what + ": " + r.request().method() + " " + r.request().uri() + " → "
                    + r.statusCode() + " " + r.body());
        }
        return r;
    }

    static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }

    static byte[] png() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static long count(String sql, long id) throws Exception {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** An enterprise or provider with one approved member, verified, straight into the database. */
    static String person(String hash, String role, String orgName, String username) throws Exception {
        return user(username, role, org(orgName, "ENTERPRISE"), hash);
    }

    static long org(String name, String type) throws Exception {
        String credit = String.format("91620100C%09d", Math.floorMod((name + RUN).hashCode(), 1_000_000_000));
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO organisation (name, type, credit_code, region_code,"
                + " contact_name, contact_phone, status, verified_at) VALUES (?, ?, ?, '620102', '检查', '0931-0000000', 'VERIFIED', now())"
                + " RETURNING id")) {
            ps.setString(1, name);
            ps.setString(2, type);
            ps.setString(3, credit);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String user(String username, String role, long org, String hash) throws Exception {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO user_account (username, password_hash, role, display_name,"
                + " email, organisation_id, membership_approved) VALUES (?, ?, ?, '检查', 'check@example.cn', ?, true)")) {
            ps.setString(1, username);
            ps.setString(2, hash);
            ps.setString(3, role);
            ps.setLong(4, org);
            ps.executeUpdate();
        }
        return username;
    }
}
