// Auction benchmark: N bidders (enterprises with session-cookie logins) on one auction in its last minutes, each
// bidding as fast as it can for S seconds over HTTP (POST /api/v1/auctions/{id}/bids at the least acceptable
// amount it knows); three runs, one auction each. After each run, from the database: the bids strictly increase
// in arrival order, no two share a price, the closing time equals the rule applied to the bids (+5 minutes for each
// bid in the last 5 minutes), and the whole-ledger check is clean. Run through deploy/bench/auction-bench.sh.
//
//   java -cp <app classpath> AuctionBench.java <base-url> <admin-password> <bidders> <seconds> <runs>

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.elytron.security.common.BcryptUtil;
import java.net.CookieManager;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class AuctionBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "bench-user-pass-2026";
    static final Pattern NUMBER = Pattern.compile("(\\d{4,})");

    record Run(long accepted, long refused, double perSecond, double p50, double p95, boolean ok) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
        int bidders = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int runs = Integer.parseInt(args[4]);
        String hash = BcryptUtil.bcryptHash(PASSWORD);
        List<String> names = new ArrayList<>();
        try (Connection db = db()) {
            long institute = org(db, "基准研究院", "INSTITUTE", "12620100ABENCH0000");
            user(db, "ab-researcher", "RESEARCHER", institute, hash);
            for (int i = 0; i < bidders; i++) {
                user(db, "ab-bidder-" + i, "ENTERPRISE", org(db, "基准竞买企业" + i, "ENTERPRISE", String.format("91620100AB%08d", i)), hash);
                names.add("ab-bidder-" + i);
            }
        }
        HttpClient researcher = session("ab-researcher", base);
        HttpClient[] sessions = new HttpClient[bidders];
        for (int i = 0; i < bidders; i++) {
            sessions[i] = session(names.get(i), base);
        }
        // A warm-up auction, not counted: the JIT compiles the bid path (the first cold run is several times slower).
        long warm = setUp(base, admin, researcher, sessions, 0);
        Run w = bid(base, sessions, warm, Math.min(seconds, 15));
        System.out.printf("warm-up (not counted): %.0f bids/s, checks %s%n", w.perSecond(), check(base, admin, warm) ? "ok" : "FAILED");
        List<Run> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            long auction = setUp(base, admin, researcher, sessions, run);
            Run r = bid(base, sessions, auction, seconds);
            boolean ok = check(base, admin, auction);
            results.add(new Run(r.accepted(), r.refused(), r.perSecond(), r.p50(), r.p95(), ok));
            System.out.printf("run %d: %d accepted, %d refused, %.0f bids/s, p50 %.1f ms, p95 %.1f ms, checks %s%n", run,
                    r.accepted(), r.refused(), r.perSecond(), r.p50(), r.p95(), ok ? "ok" : "FAILED");
        }
        double[] rates = results.stream().mapToDouble(Run::perSecond).sorted().toArray();
        double[] p95 = results.stream().mapToDouble(Run::p95).sorted().toArray();
        long anomalies = results.stream().filter(r -> !r.ok()).count();
        System.out.printf("%d bidders, %d s × %d runs: median %.0f accepted or refused bids/s (target ≥ 300), median p95 %.1f ms,"
                + " %d runs with anomalies%n", bidders, seconds, runs, rates[rates.length / 2], p95[p95.length / 2], anomalies);
    }

    /** A published result, listed for sale, every bidder's intent, the notice ended, an auction closing in 3 minutes. */
    static long setUp(String base, String admin, HttpClient researcher, HttpClient[] sessions, int run) throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        Map<String, Object> result = new java.util.HashMap<>(Map.of("title", "竞价基准成果" + run, "summary", "一项用于竞价基准的成果",
                "description", "竞价基准：高通量膜材料制备工艺第" + run + "版", "field", "NEW_MATERIALS",
                "keywords", List.of("膜材料", "基准"), "maturity", 6, "transferModes", List.of("TRANSFER"),
                "priceFen", 100_000_000, "regionCode", "620102", "contactName", "张工"));
        result.put("contactPhone", "0931-8888888");
        result.put("validUntil", LocalDate.now().plusYears(1).toString());
        long resultId = json(send(researcher, post(base + "/api/v1/results", null, null, JSON.writeValueAsString(result)), 201)).get("id").asLong();
        send(researcher, post(base + "/api/v1/results/" + resultId + "/submit", null, null, "{}"), 200);
        send(plain, post(base + "/api/v1/results/" + resultId + "/review", admin, null, "{\"decision\":\"PUBLISH\"}"), 200);
        long trade = json(send(researcher, post(base + "/api/v1/trades", null, null, JSON.writeValueAsString(Map.of("resultId", resultId,
                "askingPriceFen", 100_000_000, "terms", "TRANSFER", "exclusive", true, "noticeDays", 10))), 201)).get("id").asLong();
        send(plain, post(base + "/api/v1/trades/" + trade + "/decision", admin, null, "{\"decision\":\"LIST\"}"), 200);
        for (HttpClient s : sessions) {
            send(s, post(base + "/api/v1/trades/" + trade + "/intents", null, null, ""), 200);
        }
        // The bench's shortcut: the notice period ends yesterday, and the notice job (every 2 s here) takes it up.
        try (Connection db = db(); PreparedStatement ps = db.prepareStatement(
                "UPDATE trade SET notice_until = current_date - 1, notice_from = current_date - 15 WHERE id = ?")) {
            ps.setLong(1, trade);
            ps.executeUpdate();
        }
        for (int i = 0; i < 400 && !"AUCTION".equals(json(send(plain, HttpRequest.newBuilder(URI.create(base + "/api/v1/trades/" + trade))
                .build(), 200)).get("status").asText()); i++) {
            Thread.sleep(500);
        }
        OffsetDateTime now = OffsetDateTime.now();
        long auction = json(send(plain, post(base + "/api/v1/trades/" + trade + "/auction", admin, null, JSON.writeValueAsString(Map.of(
                "startingPriceFen", 100_000_000, "incrementFen", 100, "reservePriceFen", 0, "depositFen", 10_000_000,
                "opensAt", now.minusMinutes(1).toString(), "closesAt", now.plusMinutes(3).toString()))), 201)).get("id").asLong();
        for (HttpClient s : sessions) {
            int number = json(send(s, post(base + "/api/v1/auctions/" + auction + "/bidders", null, null, ""), 200)).get("bidderNo").asInt();
            send(plain, post(base + "/api/v1/auctions/" + auction + "/deposits", admin, UUID.randomUUID().toString(),
                    "{\"bidderNo\":" + number + ",\"reference\":\"BENCH-" + number + "\"}"), 200);
        }
        return auction;
    }

    static Run bid(String base, HttpClient[] sessions, long auction, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sessions.length);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        List<Future<long[]>> futures = new ArrayList<>();
        String url = base + "/api/v1/auctions/" + auction + "/bids";
        for (HttpClient s : sessions) {
            futures.add(pool.submit(() -> {
                long[] latencies = new long[200_000];
                int n = 0;
                long amount = 100_000_000;
                while (System.nanoTime() < end && n < latencies.length) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = s.send(post(url, null, null, "{\"amountFen\":" + amount + "}"),
                            HttpResponse.BodyHandlers.ofString());
                    latencies[n++] = System.nanoTime() - t0;
                    if (r.statusCode() == 201) {
                        accepted.incrementAndGet();
                        amount = json(r.body()).get("minimumBidFen").asLong();
                    } else if (r.statusCode() == 409) {
                        refused.incrementAndGet();
                        Matcher m = NUMBER.matcher(json(r.body()).path("detail").asText());
                        amount = m.find() ? Long.parseLong(m.group(1)) : amount + 100;
                    } else {
                        throw new IllegalStateException("bid → " + r.statusCode() + " " + r.body());
                    }
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            for (long l : f.get()) {
                all.add(l);
            }
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Run(accepted.get(), refused.get(), (accepted.get() + refused.get()) / (double) seconds,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6, true);
    }

    /** The checks after a run, from the database and the ledger check. */
    static boolean check(String base, String admin, long auction) throws Exception {
        boolean ok = true;
        try (Connection db = db()) {
            OffsetDateTime close;
            OffsetDateTime closesAt;
            try (PreparedStatement ps = db.prepareStatement("SELECT scheduled_close_at, closes_at, bids FROM auction WHERE id = ?")) {
                ps.setLong(1, auction);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    close = rs.getObject(1, OffsetDateTime.class);
                    closesAt = rs.getObject(2, OffsetDateTime.class);
                }
            }
            long previous = 0;
            OffsetDateTime previousAt = null;
            int count = 0;
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT sequence, amount_fen, placed_at FROM auction_bid WHERE auction_id = ? ORDER BY sequence")) {
                ps.setLong(1, auction);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        count++;
                        long amount = rs.getLong(2);
                        OffsetDateTime at = rs.getObject(3, OffsetDateTime.class);
                        if (rs.getInt(1) != count || amount <= previous || (previousAt != null && at.isBefore(previousAt))) {
                            System.out.printf("anomaly at bid %d: %d after %d%n", rs.getInt(1), amount, previous);
                            ok = false;
                        }
                        if (Duration.between(at, close).compareTo(Duration.ofMinutes(5)) <= 0) {
                            close = close.plusMinutes(5);
                        }
                        previous = amount;
                        previousAt = at;
                    }
                }
            }
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT count(*) - count(DISTINCT amount_fen) FROM auction_bid WHERE auction_id = ?")) {
                ps.setLong(1, auction);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) != 0) {
                        System.out.println("anomaly: two bids at one price");
                        ok = false;
                    }
                }
            }
            if (!close.toInstant().equals(closesAt.toInstant())) {
                System.out.printf("anomaly: closes at %s, the rule says %s%n", closesAt, close);
                ok = false;
            }
            System.out.printf("  %d bids stored, closing time %s%n", count, closesAt);
        }
        JsonNode breaks = json(send(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create(base + "/api/v1/ledger/check"))
                .header("Authorization", admin).build(), 200));
        if (breaks.isArray() ? breaks.size() > 0 : breaks.path("breaks").size() > 0) {
            System.out.println("anomaly: ledger check " + breaks);
            ok = false;
        }
        return ok;
    }

    static Connection db() throws Exception {
        return DriverManager.getConnection(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"),
                System.getenv("QUARKUS_DATASOURCE_USERNAME"), System.getenv("QUARKUS_DATASOURCE_PASSWORD"));
    }

    static HttpClient session(String username, String base) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password=" + PASSWORD;
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302 && r.statusCode() != 303) {
            throw new IllegalStateException("login failed for " + username + ": " + r.statusCode());
        }
        return client;
    }

    static HttpRequest post(String url, String auth, String key, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return b.build();
    }

    static String send(HttpClient client, HttpRequest request, int expected) throws Exception {
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " → " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }

    static long org(Connection db, String name, String type, String creditCode) throws Exception {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO organisation (name, type, credit_code, region_code,"
                + " contact_name, contact_phone, status, verified_at) VALUES (?, ?, ?, '620102', '基准', '0931-0000000', 'VERIFIED', now())"
                + " RETURNING id")) {
            ps.setString(1, name);
            ps.setString(2, type);
            ps.setString(3, creditCode);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void user(Connection db, String username, String role, long org, String hash) throws Exception {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO user_account (username, password_hash, role, display_name,"
                + " email, organisation_id, membership_approved) VALUES (?, ?, ?, '基准', 'bench@example.cn', ?, true)")) {
            ps.setString(1, username);
            ps.setString(2, hash);
            ps.setString(3, role);
            ps.setLong(4, org);
            ps.executeUpdate();
        }
    }
}
