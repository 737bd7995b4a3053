// Voucher ledger benchmark: N concurrent clients, each an enterprise with its own voucher and
// service order, reserve voucher money over HTTP (POST /api/v1/service-orders/{id}/voucher, one
// Idempotency-Key per operation, session-cookie logins); then the whole-ledger invariant check.
// Run through deploy/bench/voucher-bench.sh.
//
//   java -cp <app classpath> VoucherBench.java <base-url> <admin-password> <clients> <seconds>

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

public class VoucherBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "bench-user-pass-2026";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient plain = HttpClient.newHttpClient();

        // Enterprises and a provider, verified, straight into the database (one bcrypt hash for all).
        String hash = BcryptUtil.bcryptHash(PASSWORD);
        long providerOrg;
        List<String> enterprises = new ArrayList<>();
        List<Long> enterpriseOrgs = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"),
                System.getenv("QUARKUS_DATASOURCE_USERNAME"), System.getenv("QUARKUS_DATASOURCE_PASSWORD"))) {
            providerOrg = org(db, "基准检测服务有限公司", "SERVICE_PROVIDER", "91620100VBENCH0000");
            user(db, "vb-provider", "PROVIDER", providerOrg, hash);
            for (int i = 0; i < clients; i++) {
                long org = org(db, "基准企业" + i, "ENTERPRISE", String.format("91620100VB%08d", i));
                user(db, "vb-enterprise-" + i, "ENTERPRISE", org, hash);
                enterprises.add("vb-enterprise-" + i);
                enterpriseOrgs.add(org);
            }
        }
        long face = 100_000_000L;
        JsonNode program = json(send(plain, post(base + "/api/v1/voucher-programs", admin, UUID.randomUUID().toString(),
                "{\"name\":\"基准创新券\",\"year\":2026,\"budgetFen\":" + face * clients + ",\"faceValueFen\":" + face
                        + ",\"coFundingPercent\":50,\"useDeadline\":\"" + LocalDate.now().plusMonths(6)
                        + "\",\"redemptionDeadline\":\"" + LocalDate.now().plusMonths(7) + "\",\"categories\":[\"TESTING\"]}"), 201));
        long programId = program.get("id").asLong();
        HttpClient provider = session("vb-provider", base);
        long registration = json(send(provider, post(base + "/api/v1/providers", null, null, "{\"categories\":[\"TESTING\"]}"), 201))
                .get("id").asLong();
        send(plain, post(base + "/api/v1/providers/" + registration + "/decision", admin, null, "{\"decision\":\"APPROVE\"}"), 200);

        HttpClient[] sessions = new HttpClient[clients];
        long[] orders = new long[clients];
        long[] vouchers = new long[clients];
        for (int i = 0; i < clients; i++) {
            sessions[i] = session(enterprises.get(i), base);
            long application = json(send(sessions[i], post(base + "/api/v1/voucher-programs/" + programId + "/applications",
                    null, null, "{\"purpose\":\"基准\"}"), 201)).get("id").asLong();
            send(plain, post(base + "/api/v1/voucher-programs/" + programId + "/applications/" + application + "/decision",
                    admin, UUID.randomUUID().toString(), "{\"decision\":\"APPROVE\"}"), 200);
            vouchers[i] = json(send(sessions[i], HttpRequest.newBuilder(URI.create(base + "/api/v1/vouchers")).GET().build(), 200))
                    .get(0).get("id").asLong();
            orders[i] = json(send(sessions[i], post(base + "/api/v1/service-orders", null, null,
                    "{\"providerOrganisationId\":" + providerOrg + ",\"category\":\"TESTING\",\"description\":\"基准服务\",\"amountFen\":"
                            + face * 2 + "}"), 201)).get("id").asLong();
        }
        System.out.printf("set up %d enterprises with a voucher and an order each%n", clients);

        AtomicLong ok = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long[][] latencies = new long[clients][];
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int c = i;
            Thread t = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = sessions[c].send(post(base + "/api/v1/service-orders/" + orders[c] + "/voucher",
                                null, UUID.randomUUID().toString(), "{\"voucherId\":" + vouchers[c] + ",\"amountFen\":100}"),
                                HttpResponse.BodyHandlers.ofString());
                        mine.add(System.nanoTime() - t0);
                        if (r.statusCode() == 200) {
                            ok.incrementAndGet();
                        } else {
                            refused.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                latencies[c] = mine.stream().mapToLong(Long::longValue).toArray();
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("%d clients, %d s: %d reservations (%.0f ledger operations/s), %d refused; latency p50 %.1f ms  p95 %.1f ms  p99 %.1f ms%n",
                clients, seconds, ok.get(), ok.get() / (double) seconds, refused.get(), all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.95)] / 1e6, all[(int) (all.length * 0.99)] / 1e6);
        JsonNode check = json(send(plain, HttpRequest.newBuilder(URI.create(base + "/api/v1/ledger/check"))
                .header("Authorization", admin).GET().build(), 200));
        long reserved = 0;
        for (int i = 0; i < clients; i++) {
            JsonNode v = json(send(sessions[i], HttpRequest.newBuilder(URI.create(base + "/api/v1/vouchers")).GET().build(), 200)).get(0);
            reserved += v.get("balances").get("reserved").asLong();
        }
        System.out.printf("invariant check: %s, breaks %d; reserved on the ledger %d fen = successful answers × 100 fen: %s%n",
                check.get("ok").asBoolean() ? "ok" : "BROKEN", check.get("breaks").size(), reserved, reserved == ok.get() * 100);
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
