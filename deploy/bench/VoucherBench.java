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
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 15;
        String load = args.length > 5 ? args[5] : "wrk";
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
        // A new program is a draft until staff open it (which funds its budget).
        send(plain, post(base + "/api/v1/voucher-programs/" + programId + "/open", admin, UUID.randomUUID().toString(), ""), 200);
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

        // Warm-up (not counted in the figures, counted in the ledger comparison): the JIT compiles the hot path.
        Phase warm = "java".equals(load) ? phase(sessions, base, orders, vouchers, warmup)
                : wrk(sessions, base, orders, vouchers, warmup, "warm");
        Phase run = "java".equals(load) ? phase(sessions, base, orders, vouchers, seconds)
                : wrk(sessions, base, orders, vouchers, seconds, "run");
        System.out.printf("load generator: %s; warm-up %d s: %d reservations (%.0f/s) not counted%n", load, warmup, warm.ok,
                warm.ok / (double) Math.max(warmup, 1));
        System.out.printf("%d clients, %d s: %d reservations (%.0f ledger operations/s), %d refused; latency p50 %.1f ms  p95 %.1f ms  p99 %.1f ms%n",
                clients, seconds, run.ok, run.ok / (double) seconds, run.refused, run.p50, run.p95, run.p99);
        long answered = (warm.ok + run.ok) * 100;
        JsonNode check = json(send(plain, HttpRequest.newBuilder(URI.create(base + "/api/v1/ledger/check"))
                .header("Authorization", admin).GET().build(), 200));
        long reserved = 0;
        for (int i = 0; i < clients; i++) {
            JsonNode v = json(send(sessions[i], HttpRequest.newBuilder(URI.create(base + "/api/v1/vouchers")).GET().build(), 200)).get(0);
            reserved += v.get("balances").get("reserved").asLong();
        }
        System.out.printf("invariant check: %s, breaks %d%n", check.get("ok").asBoolean() ? "ok" : "BROKEN", check.get("breaks").size());
        if ("java".equals(load)) {
            System.out.printf("reserved on the ledger %d fen = successful answers × 100 fen: %s%n", reserved, reserved == answered);
        } else {
            // wrk drops the requests still in flight when a phase ends (at most one per connection and phase): the
            // server may have done them without wrk counting the answer.
            long unseen = (reserved - answered) / 100;
            System.out.printf("reserved on the ledger %d fen = counted answers × 100 fen + %d answers wrk did not wait for"
                    + " (allowed 0..%d): %s%n", reserved, unseen, 2 * clients, reserved % 100 == 0 && unseen >= 0 && unseen <= 2L * clients);
        }
    }

    record Phase(long ok, long refused, double p50, double p95, double p99) {
    }

    /**
     * The same load from wrk (C, epoll; Debian package), so that the load generator takes little of the
     * two cores it shares with the app and the database: 64 connections, each client's session cookie,
     * order and voucher, a fresh Idempotency-Key per request (deploy/bench/voucher-wrk.lua).
     */
    static Phase wrk(HttpClient[] sessions, String base, long[] orders, long[] vouchers, int seconds, String label) throws Exception {
        java.nio.file.Path clientsFile = java.nio.file.Files.createTempFile("vbench-clients", ".lua");
        StringBuilder lua = new StringBuilder("return {\n");
        for (int i = 0; i < sessions.length; i++) {
            String cookie = ((CookieManager) sessions[i].cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("techmarket-session")).findFirst().orElseThrow().toString();
            lua.append(String.format("  {cookie = \"%s\", order = %d, voucher = %d},%n", cookie, orders[i], vouchers[i]));
        }
        java.nio.file.Files.writeString(clientsFile, lua.append("}\n"));
        int threads = 2;
        ProcessBuilder pb = new ProcessBuilder("wrk", "-t" + threads, "-c" + sessions.length, "-d" + seconds + "s", "--timeout", "10s",
                "-s", "deploy/bench/voucher-wrk.lua", base).redirectErrorStream(true);
        pb.environment().put("VBENCH_CLIENTS", clientsFile.toString());
        pb.environment().put("VBENCH_THREADS", String.valueOf(threads));
        pb.environment().put("VBENCH_LABEL", label);
        Process wrk = pb.start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + out);
        }
        java.nio.file.Files.delete(clientsFile);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "RESULT ok=(\\d+) refused=(\\d+) p50=([\\d.]+) p95=([\\d.]+) p99=([\\d.]+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no result from wrk:\n" + out);
        }
        return new Phase(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)));
    }

    /** Every client reserves 100 fen on its own order, one Idempotency-Key per call, until the time is up. */
    static Phase phase(HttpClient[] sessions, String base, long[] orders, long[] vouchers, int seconds) throws Exception {
        int clients = sessions.length;
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
        return new Phase(ok.get(), refused.get(), all[all.length / 2] / 1e6, all[(int) (all.length * 0.95)] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6);
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
