// Bounded load for deploy/local/cluster-failures: N clients (enterprises of their own, with a voucher and a service
// order each) through nginx and straight to the instances, mixing reads (a page, search, the trading floor) and writes
// (need drafts, contract drafts, voucher reservations with an Idempotency-Key, retried with the same key while the
// platform answers 502/503/504 or not at all). Every request goes to requests.csv; every write answered 2xx to
// committed.csv. Runs until the file OUTDIR/stop exists.
//
//   java -cp <app classpath> FailureLoad.java run    <nginx-url> <url-a> <url-b> <admin-password> <clients> <outdir>
//   java -cp <app classpath> FailureLoad.java window <outdir> <from-ms> <to-ms>   (requests started in the window)
//   java -cp <app classpath> FailureLoad.java verify <outdir>                     (committed writes in the database)
//   java -cp <app classpath> FailureLoad.java pdf <file> <bytes>                  (a real one-page PDF of about that size)
// The database comes from QUARKUS_DATASOURCE_JDBC_URL / _USERNAME / _PASSWORD (deploy/local/cluster's env file).

import io.quarkus.elytron.security.common.BcryptUtil;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class FailureLoad {

    static final String PASSWORD = "failure-load-pass-2026";
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    static final int RETRIES = 40;

    record Client(int n, String user, String creditCode, long voucher, long order, String target, String targetName,
            HttpClient http) {
    }

    static PrintWriter requests;
    static PrintWriter committed;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "run" -> run(args[1], args[2], args[3], args[4], Integer.parseInt(args[5]), Path.of(args[6]));
            case "window" -> window(Path.of(args[1]), Long.parseLong(args[2]), Long.parseLong(args[3]));
            case "verify" -> verify(Path.of(args[1]));
            case "pdf" -> pdf(Path.of(args[1]), Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void run(String nginx, String a, String b, String adminPassword, int clients, Path out) throws Exception {
        Files.createDirectories(out);
        String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String run = String.format("%07d", System.currentTimeMillis() / 1000 % 10_000_000L);
        String hash = BcryptUtil.bcryptHash(PASSWORD);
        long providerOrg;
        List<Long> orgs = new ArrayList<>();
        try (Connection db = database()) {
            providerOrg = org(db, "故障演练检测服务" + run, "SERVICE_PROVIDER", code("P", run, 0));
            user(db, "fl-provider-" + run, "PROVIDER", providerOrg, hash);
            for (int i = 0; i < clients; i++) {
                orgs.add(org(db, "故障演练企业" + run + "-" + i, "ENTERPRISE", code("E", run, i)));
                user(db, "fl-" + run + "-" + i, "ENTERPRISE", orgs.get(i), hash);
            }
        }
        long face = 100_000_000L;
        String program = send(plain, post(nginx + "/api/v1/voucher-programs", admin, UUID.randomUUID().toString(),
                "{\"name\":\"故障演练创新券" + run + "\",\"year\":" + LocalDate.now().getYear() + ",\"budgetFen\":" + face * clients
                        + ",\"faceValueFen\":" + face + ",\"coFundingPercent\":50,\"useDeadline\":\"" + LocalDate.now().plusMonths(6)
                        + "\",\"redemptionDeadline\":\"" + LocalDate.now().plusMonths(7) + "\",\"categories\":[\"TESTING\"]}"), 201);
        long programId = id(program);
        send(plain, post(nginx + "/api/v1/voucher-programs/" + programId + "/open", admin, UUID.randomUUID().toString(), ""), 200);
        HttpClient provider = session("fl-provider-" + run, nginx);
        long registration = id(send(provider, post(nginx + "/api/v1/providers", null, null, "{\"categories\":[\"TESTING\"]}"), 201));
        send(plain, post(nginx + "/api/v1/providers/" + registration + "/decision", admin, null, "{\"decision\":\"APPROVE\"}"), 200);
        List<Client> all = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String user = "fl-" + run + "-" + i;
            HttpClient http = session(user, nginx);
            long application = id(send(http, post(nginx + "/api/v1/voucher-programs/" + programId + "/applications", null, null,
                    "{\"purpose\":\"故障演练\"}"), 201));
            send(plain, post(nginx + "/api/v1/voucher-programs/" + programId + "/applications/" + application + "/decision", admin,
                    UUID.randomUUID().toString(), "{\"decision\":\"APPROVE\"}"), 200);
            long voucher = id(send(http, HttpRequest.newBuilder(URI.create(nginx + "/api/v1/vouchers")).GET().build(), 200));
            long order = id(send(http, post(nginx + "/api/v1/service-orders", null, null, "{\"providerOrganisationId\":" + providerOrg
                    + ",\"category\":\"TESTING\",\"description\":\"故障演练服务\",\"amountFen\":" + face * 2 + "}"), 201));
            // Most clients go through nginx; every fourth straight to an instance (a, then b).
            String target = i % 4 == 3 ? (i / 4 % 2 == 0 ? a : b) : nginx;
            String name = target.equals(nginx) ? "nginx" : target.equals(a) ? "a" : "b";
            all.add(new Client(i, user, code("E", run, i), voucher, order, target, name, http));
        }
        Files.writeString(out.resolve("clients.csv"), String.join("\n", all.stream()
                .map(c -> c.user() + "," + c.voucher() + "," + c.order() + "," + c.targetName()).toList()) + "\n");
        requests = new PrintWriter(Files.newBufferedWriter(out.resolve("requests.csv")), true);
        requests.println("start_ms,duration_ms,client,target,op,status,instance,attempt,ref");
        committed = new PrintWriter(Files.newBufferedWriter(out.resolve("committed.csv")), true);
        System.out.printf("load: %d clients (%d through nginx), run %s; writing %s%n", clients,
                all.stream().filter(c -> c.targetName().equals("nginx")).count(), run, out.resolve("requests.csv"));
        Files.writeString(out.resolve("ready"), "");
        List<Thread> threads = new ArrayList<>();
        for (Client c : all) {
            Thread t = new Thread(() -> loop(c, all, out.resolve("stop")), "client-" + c.n());
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        requests.close();
        committed.close();
    }

    static void loop(Client c, List<Client> all, Path stop) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (!Files.exists(stop)) {
            int pick = random.nextInt(100);
            try {
                if (pick < 25) {
                    get(c, "page", "/results");
                } else if (pick < 45) {
                    get(c, "search", "/api/v1/needs?q=" + URLEncoder.encode("检测", StandardCharsets.UTF_8));
                } else if (pick < 55) {
                    get(c, "trades", "/api/v1/trades");
                } else if (pick < 80) {
                    reserve(c);
                } else if (pick < 90) {
                    draftNeed(c);
                } else {
                    draftContract(c, all.get((c.n() + 1) % all.size()));
                }
                // Think time: 8 clients stay well under what two shared cores serve.
                Thread.sleep(100 + random.nextInt(200));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    record Answer(int status, String instance, String body) {
    }

    static Answer call(Client c, String op, HttpRequest request, int attempt, String ref) {
        long start = System.currentTimeMillis();
        int status = 0;
        String instance = "-";
        String body = "";
        try {
            HttpResponse<String> r = c.http().send(request, HttpResponse.BodyHandlers.ofString());
            status = r.statusCode();
            instance = r.headers().firstValue("X-Techmarket-Instance").orElse(c.targetName().equals("nginx") ? "?" : c.targetName());
            body = r.body();
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (FailureLoad.class) {
            requests.printf("%d,%d,%d,%s,%s,%d,%s,%d,%s%n", start, System.currentTimeMillis() - start, c.n(), c.targetName(), op,
                    status, instance, attempt, ref);
        }
        return new Answer(status, instance, body);
    }

    static void get(Client c, String op, String path) {
        call(c, op, HttpRequest.newBuilder(URI.create(c.target() + path)).timeout(REQUEST_TIMEOUT).GET().build(), 1, "");
    }

    /** 100 fen of the client's voucher on its order; a failed answer is retried with the same key (at most once moved). */
    static void reserve(Client c) throws InterruptedException {
        String key = "fl-" + UUID.randomUUID();
        HttpRequest request = post(c.target() + "/api/v1/service-orders/" + c.order() + "/voucher", null, key,
                "{\"voucherId\":" + c.voucher() + ",\"amountFen\":100}");
        for (int attempt = 1; attempt <= RETRIES; attempt++) {
            Answer a = call(c, "reserve", request, attempt, key);
            if (a.status() >= 200 && a.status() < 300) {
                commit("reserve", c, key, attempt);
                return;
            }
            if (a.status() != 0 && a.status() != 502 && a.status() != 503 && a.status() != 504) {
                return;
            }
            Thread.sleep(1000);
        }
    }

    static void draftNeed(Client c) {
        String title = "故障演练需求 " + UUID.randomUUID().toString().substring(0, 8);
        Answer a = call(c, "need", post(c.target() + "/api/v1/needs", null, null, "{\"title\":\"" + title
                + "\",\"description\":\"故障演练中写下的技术需求草稿。\",\"field\":\"ELECTRONIC_INFORMATION\",\"requiredMaturity\":5,"
                + "\"deadline\":\"" + LocalDate.now().plusMonths(3) + "\",\"regionCode\":\"620102\",\"cooperationModes\":[\"TRANSFER\"],"
                + "\"contactName\":\"演练\",\"contactPhone\":\"0931-0000000\"}"), 1, "");
        if (a.status() == 201) {
            commit("need", c, String.valueOf(id(a.body())), 1);
        }
    }

    static void draftContract(Client c, Client buyer) {
        LocalDate today = LocalDate.now();
        Answer a = call(c, "contract", post(c.target() + "/api/v1/contracts", null, null, "{\"type\":\"CONSULTING\",\"projectName\":"
                + "\"故障演练技术咨询\",\"sellerEntityType\":\"ENTERPRISE\",\"buyerCreditCode\":\"" + buyer.creditCode()
                + "\",\"buyerEntityType\":\"ENTERPRISE\",\"signingDate\":\"" + today + "\",\"validFrom\":\"" + today + "\",\"validTo\":\""
                + today.plusYears(1) + "\",\"contractAmountFen\":1000000,\"transactionAmountFen\":1000000}"), 1, "");
        if (a.status() == 201) {
            commit("contract", c, String.valueOf(id(a.body())), 1);
        }
    }

    static synchronized void commit(String kind, Client c, String ref, int attempt) {
        committed.printf("%s,%s,%s,%d%n", kind, c.user(), ref, attempt);
    }

    /** Requests started in [from, to): how many, answered how, the longest, and the first success after `to`. */
    static void window(Path out, long from, long to) throws IOException {
        long total = 0;
        long served = 0;
        long longest = 0;
        long firstOkAfter = -1;
        Map<String, Long> errors = new TreeMap<>();
        Map<String, Long> instances = new TreeMap<>();
        for (String line : Files.readAllLines(out.resolve("requests.csv"))) {
            String[] f = line.split(",", -1);
            if (f[0].equals("start_ms")) {
                continue;
            }
            long start = Long.parseLong(f[0]);
            long duration = Long.parseLong(f[1]);
            int status = Integer.parseInt(f[5]);
            boolean ok = status > 0 && status < 500;
            if (start >= to && ok && (firstOkAfter < 0 || start + duration < firstOkAfter)) {
                firstOkAfter = start + duration;
            }
            if (start < from || start >= to) {
                continue;
            }
            total++;
            longest = Math.max(longest, duration);
            if (ok) {
                served++;
                instances.merge(f[6], 1L, Long::sum);
            } else {
                errors.merge((status == 0 ? "no-answer" : String.valueOf(status)) + "/" + f[3], 1L, Long::sum);
            }
        }
        System.out.printf("requests %d, served %d %s, errors %d %s, longest %.1f s, first success after it +%s%n", total, served,
                instances, errors.values().stream().mapToLong(Long::longValue).sum(), errors, longest / 1000.0,
                firstOkAfter < 0 ? "none" : String.format("%.1f s", (firstOkAfter - to) / 1000.0));
    }

    /**
     * Every write the clients saw committed is in the database, and every reservation key moved money once: per
     * client voucher, reserve transactions = recorded keys answered 200 = reserved balance / 100 fen, and each key
     * answered 2xx is recorded. Prints the counts; exits 1 on any difference.
     */
    static void verify(Path out) throws Exception {
        Map<String, Set<String>> seen = new HashMap<>();
        Set<Long> needs = new HashSet<>();
        Set<Long> contracts = new HashSet<>();
        for (String line : Files.readAllLines(out.resolve("committed.csv"))) {
            String[] f = line.split(",");
            switch (f[0]) {
                case "reserve" -> seen.computeIfAbsent(f[1], k -> new HashSet<>()).add(f[2]);
                case "need" -> needs.add(Long.parseLong(f[2]));
                case "contract" -> contracts.add(Long.parseLong(f[2]));
                default -> { }
            }
        }
        List<String> problems = new ArrayList<>();
        long keys = 0;
        long moved = 0;
        long retriedKeys = 0;
        try (Connection db = database()) {
            long foundNeeds = count(db, "SELECT count(*) FROM listing WHERE id = ANY (?)", needs.toArray(Long[]::new));
            long foundContracts = count(db, "SELECT count(*) FROM contract WHERE id = ANY (?)", contracts.toArray(Long[]::new));
            if (foundNeeds != needs.size()) {
                problems.add("needs committed " + needs.size() + ", found " + foundNeeds);
            }
            if (foundContracts != contracts.size()) {
                problems.add("contracts committed " + contracts.size() + ", found " + foundContracts);
            }
            for (String line : Files.readAllLines(out.resolve("clients.csv"))) {
                String[] f = line.split(",");
                String user = f[0];
                long voucher = Long.parseLong(f[1]);
                Set<String> recorded = new HashSet<>();
                try (PreparedStatement ps = db.prepareStatement("SELECT r.key FROM idempotency_record r JOIN user_account u ON u.id = r.user_id"
                        + " WHERE u.username = ? AND r.status = 200")) {
                    ps.setString(1, user);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            recorded.add(rs.getString(1));
                        }
                    }
                }
                long transactions = count(db, "SELECT count(*) FROM ledger_transaction WHERE kind = 'RESERVE' AND voucher_id = ?", voucher);
                long reserved = count(db, "SELECT coalesce(sum(balance_fen), 0) FROM ledger_account WHERE name = ?",
                        "voucher:" + voucher + ":reserved");
                Set<String> mine = seen.getOrDefault(user, Set.of());
                Set<String> missing = new HashSet<>(mine);
                missing.removeAll(recorded);
                if (!missing.isEmpty()) {
                    problems.add(user + ": " + missing.size() + " keys answered 2xx but not recorded");
                }
                if (transactions != recorded.size() || reserved != 100L * recorded.size()) {
                    problems.add(user + ": " + recorded.size() + " keys recorded, " + transactions + " reserve transactions, "
                            + reserved + " fen reserved");
                }
                keys += mine.size();
                moved += transactions;
            }
        }
        for (String line : Files.readAllLines(out.resolve("committed.csv"))) {
            if (line.startsWith("reserve,") && !line.endsWith(",1")) {
                retriedKeys++;
            }
        }
        System.out.printf("committed writes in the database: %d need drafts, %d contract drafts, %d reservations seen 2xx"
                + " (%d of them after retries with their key); %d reserve transactions in all (keys the clients gave up on"
                + " may have moved money once too): %s%n", needs.size(), contracts.size(), keys, retriedKeys, moved,
                problems.isEmpty() ? "ok" : "FAIL");
        problems.forEach(p -> System.out.println("  " + p));
        if (!problems.isEmpty()) {
            System.exit(1);
        }
    }

    /** A one-page PDF whose page content is padded with comment lines to about the given size. */
    static void pdf(Path file, int bytes) throws Exception {
        StringBuilder padding = new StringBuilder("% failure drill\n");
        while (padding.length() < bytes) {
            padding.append("% ").append(UUID.randomUUID()).append(UUID.randomUUID()).append('\n');
        }
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            page.setContents(new org.apache.pdfbox.pdmodel.common.PDStream(doc,
                    new java.io.ByteArrayInputStream(padding.toString().getBytes(StandardCharsets.US_ASCII))));
            doc.addPage(page);
            doc.save(file.toFile());
        }
    }

    static long count(Connection db, String sql, Object parameter) throws Exception {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            if (parameter instanceof Long[] ids) {
                ps.setArray(1, db.createArrayOf("bigint", ids));
            } else {
                ps.setObject(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static Connection database() throws Exception {
        return DriverManager.getConnection(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"), System.getenv("QUARKUS_DATASOURCE_USERNAME"),
                System.getenv("QUARKUS_DATASOURCE_PASSWORD"));
    }

    /** An 18-character credit code of this run's organisations (unique per run and client). */
    static String code(String kind, String run, int i) {
        return "9162010" + kind + run + String.format("%03d", i);
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
                .timeout(REQUEST_TIMEOUT).POST(HttpRequest.BodyPublishers.ofString(body));
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

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    static long id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static long org(Connection db, String name, String type, String creditCode) throws Exception {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO organisation (name, type, credit_code, region_code,"
                + " contact_name, contact_phone, status, verified_at) VALUES (?, ?, ?, '620102', '演练', '0931-0000000', 'VERIFIED', now())"
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
                + " email, organisation_id, membership_approved) VALUES (?, ?, ?, '演练', 'drill@example.cn', ?, true)")) {
            ps.setString(1, username);
            ps.setString(2, hash);
            ps.setString(3, role);
            ps.setLong(4, org);
            ps.executeUpdate();
        }
    }
}
