import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A login flood beside a logged-in user: ATTACKERS threads send HTTP Basic logins with unknown usernames
 * for SECONDS, from one client address (the per-address throttle answers) and then from a new address
 * per request (X-Forwarded-For through the trusted local proxy: every login reaches a password check),
 * while READERS threads of one logged-in session read a staff list that queries the database. Prints
 * the attackers' statuses and the readers' statuses and latency percentiles per phase.
 *   java LoginBurstBench.java BASE ADMIN_PASSWORD [attackers=150] [readers=4] [seconds=20]
 */
public class LoginBurstBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String adminPassword = args[1];
        int attackers = args.length > 2 ? Integer.parseInt(args[2]) : 150;
        int readers = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(attackers + readers + 4)).build();
        String session = login(http, base, "admin", adminPassword);
        System.out.printf("== login flood: %d attackers, %d readers of one session, %d s per phase%n", attackers, readers,
                seconds);
        for (String phase : List.of("one address", "a new address per request")) {
            run(http, base, session, attackers, readers, seconds, phase.startsWith("a new"));
            Thread.sleep(2_000);
        }
        System.exit(0);
    }

    static void run(HttpClient http, String base, String session, int attackers, int readers, int seconds,
            boolean rotate) throws Exception {
        Map<Integer, AtomicInteger> attack = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> reads = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(attackers + readers);
        CountDownLatch done = new CountDownLatch(attackers + readers);
        for (int i = 0; i < attackers; i++) {
            pool.submit(() -> {
                try {
                    while (running.get()) {
                        int n = sequence.incrementAndGet();
                        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                        ("nobody-" + n + ":wrong-password-" + n).getBytes(StandardCharsets.UTF_8)));
                        if (rotate) {
                            request.header("X-Forwarded-For", "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
                        }
                        count(attack, status(http, request.build()));
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        for (int i = 0; i < readers; i++) {
            pool.submit(() -> {
                try {
                    while (running.get()) {
                        long start = System.nanoTime();
                        int s = status(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/organisations?status=PENDING"))
                                .timeout(Duration.ofSeconds(30)).header("Cookie", "techmarket-session=" + session).build());
                        latencies.add((System.nanoTime() - start) / 1_000_000);
                        count(reads, s);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        done.await();
        pool.shutdown();
        Collections.sort(latencies);
        System.out.printf("-- phase: %s%n   attackers: %s (%d requests, %.0f/s)%n   reader:    %s; latency ms p50 %d, p95 %d, p99 %d, max %d%n",
                rotate ? "a new address per request" : "one address", new TreeMap<>(attack),
                attack.values().stream().mapToInt(AtomicInteger::get).sum(),
                attack.values().stream().mapToInt(AtomicInteger::get).sum() / (double) seconds, new TreeMap<>(reads),
                pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
                latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1));
    }

    static int status(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    static void count(Map<Integer, AtomicInteger> counts, int status) {
        counts.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static String login(HttpClient http, String base, String user, String password) throws Exception {
        HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + password)).build(),
                HttpResponse.BodyHandlers.discarding());
        return r.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("techmarket-session="))
                .map(c -> c.substring("techmarket-session=".length(), c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("login failed: " + r.statusCode()));
    }
}
