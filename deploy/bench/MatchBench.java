// Matching benchmark and quality evaluation for the Tech Market platform.
// Run through deploy/bench/match-bench.sh or deploy/bench/match-quality.sh.
//
//   java -cp <app classpath> MatchBench.java recompute <base-url> <admin-password>
//   java -cp <app classpath> MatchBench.java matches <base-url> <requests>
//   java -cp <app classpath> MatchBench.java load-quality <papers.jsonl> [in-order|reversed|shuffled]
//   java -cp <app classpath> MatchBench.java wait-embeddings [stall-seconds]
//   java -cp <app classpath> MatchBench.java quality <base-url> <papers.jsonl> [threads]

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.net.URI;
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
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.techmarket.listing.Segmenter;

public class MatchBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Paper(String title, String abstractText, List<String> keywords, String discipline) {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "recompute" -> recompute(args[1], args[2]);
            case "matches" -> matches(args[1], Integer.parseInt(args[2]));
            case "load-quality" -> loadQuality(Path.of(args[1]), args.length > 2 ? args[2] : "in-order");
            case "wait-embeddings" -> waitEmbeddings(args.length > 1 ? Integer.parseInt(args[1]) : 0);
            case "quality" -> quality(args[1], Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 3);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static Connection db() throws Exception {
        return DriverManager.getConnection(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"),
                System.getenv("QUARKUS_DATASOURCE_USERNAME"), System.getenv("QUARKUS_DATASOURCE_PASSWORD"));
    }

    /** Staff command over HTTP: recompute word statistics and all needs' matches; waits and reports the time. */
    static void recompute(String base, String adminPassword) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/matches/recomputation"))
                .header("Authorization", auth).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("recomputation not started: " + started.statusCode() + " " + started.body());
        }
        while (true) {
            Thread.sleep(1000);
            JsonNode status = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/matches/recomputation"))
                    .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            if (!status.get("running").asBoolean()) {
                System.out.printf("full recomputation: %d needs, %d matches stored, %.1f s (word statistics included)%n",
                        status.get("needs").asInt(), status.get("matchesStored").asInt(),
                        status.get("durationMs").asLong() / 1000.0);
                return;
            }
        }
    }

    /** Top-10 matches for random published needs over HTTP. */
    static void matches(String base, int requests) throws Exception {
        List<Long> needs = new ArrayList<>();
        try (Connection db = db(); Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT id FROM listing WHERE kind = 'NEED' AND status = 'PUBLISHED'")) {
            while (rs.next()) {
                needs.add(rs.getLong(1));
            }
        }
        Random random = new Random(11);
        for (int i = 0; i < 30; i++) {
            get(base + "/api/v1/needs/" + needs.get(random.nextInt(needs.size())) + "/matches");
        }
        long[] times = new long[requests];
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            get(base + "/api/v1/needs/" + needs.get(random.nextInt(needs.size())) + "/matches");
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        System.out.printf("top-10 matches for one need, %d requests over %d needs: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                requests, needs.size(), pct(times, 50), pct(times, 95), pct(times, 99), times[requests - 1] / 1e6);
    }

    static String get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " → " + r.statusCode());
        }
        return r.body();
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static List<Paper> papers(Path file) throws Exception {
        List<Paper> papers = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode node = JSON.readTree(line);
                List<String> keywords = new ArrayList<>();
                node.get("keywords").forEach(k -> keywords.add(k.asText()));
                papers.add(new Paper(node.get("title").asText(), node.get("abstract").asText(), keywords,
                        node.get("discipline").asText()));
            }
        }
        return papers;
    }

    /** The three need styles: what an enterprise looking for a paper's technology might type. */
    static final String[] STYLES = {"a", "b", "c"};

    static String keyword(Paper p, int i) {
        return p.keywords().get(Math.min(i, p.keywords().size() - 1));
    }

    /** A need of the given style (a: 关键词 学科; b: 关键词 关键词 学科; c: a sentence), from the paper's first keywords. */
    static String needText(Paper p, int style) {
        return switch (style) {
            case 0 -> keyword(p, 0) + " " + p.discipline();
            case 1 -> keyword(p, 0) + " " + keyword(p, 1) + " " + p.discipline();
            default -> "我公司寻求" + keyword(p, 0) + "、" + keyword(p, 1) + "方面的技术，用于" + p.discipline() + "。";
        };
    }

    /** The order results are inserted in (ids follow it): the paper indexes, in order, reversed or shuffled. */
    static List<Integer> insertionOrder(int n, String order) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            indexes.add(i);
        }
        switch (order) {
            case "in-order" -> { }
            case "reversed" -> Collections.reverse(indexes);
            case "shuffled" -> Collections.shuffle(indexes, new Random(SHUFFLE_SEED));
            default -> throw new IllegalArgumentException("order must be in-order, reversed or shuffled: " + order);
        }
        return indexes;
    }

    static final long SHUFFLE_SEED = 42;

    /**
     * Each paper becomes one published result, inserted in the given order; then, for each paper in
     * order, one need per style carrying only that style's words (no keywords, no summary).
     */
    static void loadQuality(Path file, String order) throws Exception {
        List<Paper> papers = papers(file);
        List<Integer> insertion = insertionOrder(papers.size(), order);
        System.out.printf("results inserted %s%s; first paper indexes inserted: %s%n", order,
                order.equals("shuffled") ? " (java.util.Random seed " + SHUFFLE_SEED + ")" : "",
                insertion.subList(0, Math.min(8, insertion.size())));
        Segmenter seg = new Segmenter();
        try (Connection db = db()) {
            db.setAutoCommit(false);
            long org1;
            long org2;
            long user;
            try (Statement st = db.createStatement()) {
                org1 = id(st, "INSERT INTO organisation (name, type, credit_code, region_code, contact_name, contact_phone, status, verified_at) "
                        + "VALUES ('评测研究院', 'INSTITUTE', '12620000EVAL000001', '620102', '评测', '0931-0000000', 'VERIFIED', now()) RETURNING id");
                org2 = id(st, "INSERT INTO organisation (name, type, credit_code, region_code, contact_name, contact_phone, status, verified_at) "
                        + "VALUES ('评测企业', 'ENTERPRISE', '91620100EVAL000002', '620102', '评测', '0931-0000000', 'VERIFIED', now()) RETURNING id");
                user = id(st, "INSERT INTO user_account (username, password_hash, role, display_name, email, organisation_id, membership_approved) "
                        + "VALUES ('eval-loader', 'x', 'RESEARCHER', '评测', 'eval@example.cn', " + org1 + ", true) RETURNING id");
            }
            // indexed_with: the words are the current segmentation's, so the app does not index them again.
            String sql = "INSERT INTO listing (kind, title, summary, description, field, keywords, maturity, modes, region_code, "
                    + "organisation_id, owner_id, contact_name, contact_phone, valid_until, status, submitted_at, published_at, search_vector, "
                    + "indexed_with) "
                    + "VALUES (?, ?, ?, ?, ?, ?::text[], 6, '{LICENSE}', '620102', ?, ?, '评测', '0931-0000000', ?, 'PUBLISHED', now(), now(), "
                    + "setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'A') || "
                    + "setweight(to_tsvector('simple', ?), 'B') || setweight(to_tsvector('simple', ?), 'C'), "
                    + Segmenter.VERSION + ") RETURNING id";
            long[] results = new long[papers.size()];
            long[][] needs = new long[papers.size()][STYLES.length];
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                for (int i : insertion) {
                    Paper p = papers.get(i);
                    String kw = "{" + String.join(",", p.keywords().stream().map(k -> "\"" + k.replace("\"", "") + "\"").toList()) + "}";
                    String summary = p.abstractText().substring(0, Math.min(120, p.abstractText().length()));
                    results[i] = insert(ps, "RESULT", left(p.title(), 100), summary, p.abstractText(), field(p.discipline()), kw,
                            org1, user, seg.indexText(p.title()), seg.indexText(String.join("，", p.keywords())),
                            seg.indexText(summary), seg.indexText(p.abstractText()));
                }
                for (int i = 0; i < papers.size(); i++) {
                    Paper p = papers.get(i);
                    for (int s = 0; s < STYLES.length; s++) {
                        String text = needText(p, s);
                        needs[i][s] = insert(ps, "NEED", left(text, 100), null, text, field(p.discipline()), "{}",
                                org2, user, seg.indexText(left(text, 100)), "", "", seg.indexText(text));
                    }
                }
            }
            StringBuilder mapping = new StringBuilder();
            for (int i = 0; i < papers.size(); i++) {
                mapping.append(i).append(',').append(results[i]);
                for (long need : needs[i]) {
                    mapping.append(',').append(need);
                }
                mapping.append('\n');
            }
            Files.writeString(Path.of("target/quality-mapping.csv"), mapping.toString());
            db.commit();
            System.out.printf("loaded %d papers as results and %d needs (%d styles), segmentation version %d%n",
                    papers.size(), papers.size() * STYLES.length, STYLES.length, Segmenter.VERSION);
        }
    }

    /**
     * Waits until every published listing has a stored embedding; prints progress and the rate.
     * With a stall limit, gives up (exit status 3) when none at all has appeared in that many seconds.
     */
    static void waitEmbeddings(int stallSeconds) throws Exception {
        String missingSql = "SELECT count(*) FROM listing l WHERE l.status = 'PUBLISHED' "
                + "AND NOT EXISTS (SELECT 1 FROM listing_embedding e WHERE e.listing_id = l.id)";
        try (Connection db = db(); Statement st = db.createStatement()) {
            long published = id(st, "SELECT count(*) FROM listing WHERE status = 'PUBLISHED'");
            long t0 = System.nanoTime();
            long first = id(st, missingSql);
            long missing = first;
            System.out.printf("embeddings: waiting for %d of %d published listings (threads: %s)%n", missing, published,
                    System.getenv().getOrDefault("TECHMARKET_MATCHING_EMBEDDING_THREADS", "default"));
            while (missing > 0) {
                Thread.sleep(3000);
                long now = id(st, missingSql);
                double elapsed = (System.nanoTime() - t0) / 1e9;
                missing = now;
                System.out.printf("embeddings: %d missing, %.0f s, %.1f listings/s%n", missing, elapsed,
                        (first - missing) / elapsed);
                if (stallSeconds > 0 && missing == first && elapsed > stallSeconds) {
                    System.out.printf("embeddings: none computed in %.0f s%n", elapsed);
                    System.exit(3);
                }
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            System.out.printf("embeddings: all %d published listings have a vector; %d embedded while waiting, %.1f s = %.1f listings/s "
                    + "(polled every 3 s, the app's first pass starting 10 s after its start)%n", published, first, elapsed, first / elapsed);
            // The model's own pace, from the rows' timestamps (first to last vector stored), results and needs apart.
            try (ResultSet rs = st.executeQuery("SELECT e.kind, count(*), extract(epoch FROM max(computed_at) - min(computed_at)),"
                    + " avg(length(l.title) + length(coalesce(l.summary, l.description))) FROM listing_embedding e"
                    + " JOIN listing l ON l.id = e.listing_id GROUP BY ROLLUP (e.kind) ORDER BY e.kind")) {
                while (rs.next()) {
                    System.out.printf("embeddings stored, %-7s %5d vectors over %6.1f s (first to last) = %6.1f listings/s;"
                            + " text about %.0f characters%n", rs.getString(1) == null ? "all" : rs.getString(1), rs.getLong(2),
                            rs.getDouble(3), rs.getLong(2) / Math.max(rs.getDouble(3), 0.001), rs.getDouble(4));
                }
            }
        }
    }

    /** The technology field a discipline falls in (the same mapping as SearchBench). */
    static String field(String discipline) {
        if (discipline.matches(".*(航空|航天|兵器).*")) return "AEROSPACE";
        if (discipline.matches(".*(电子|计算机|信息|通信|软件).*")) return "ELECTRONIC_INFORMATION";
        if (discipline.matches(".*(医|药|生物|口腔|护理|公共卫生).*")) return "BIO_MEDICINE";
        if (discipline.matches(".*(材料|化学|化工|冶金|纺织).*")) return "NEW_MATERIALS";
        if (discipline.matches(".*(能源|电气|动力|核).*")) return "NEW_ENERGY";
        if (discipline.matches(".*(农|林|环境|地|水|矿|海洋|畜牧|兽|园艺|作物|植物|测绘|气象).*")) return "RESOURCES_ENVIRONMENT";
        if (discipline.matches(".*(机械|控制|仪器|交通|土木|建筑|力学|船舶).*")) return "ADVANCED_MANUFACTURING";
        return "HIGH_TECH_SERVICES";
    }

    static String left(String s, int n) {
        return s.length() > n ? s.substring(0, n) : s;
    }

    static long id(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long insert(PreparedStatement ps, String kind, String title, String summary, String description, String field,
            String keywords, long org, long user, String tTitle, String tKeywords, String tSummary, String tBody) throws Exception {
        ps.setString(1, kind);
        ps.setString(2, title);
        ps.setString(3, summary);
        ps.setString(4, description);
        ps.setString(5, field);
        ps.setString(6, keywords);
        ps.setLong(7, org);
        ps.setLong(8, user);
        ps.setObject(9, LocalDate.now().plusYears(1));
        ps.setString(10, tTitle);
        ps.setString(11, tKeywords);
        ps.setString(12, tSummary);
        ps.setString(13, tBody);
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One engine match as the bench reads it: the paper it is (-1: not one of ours), score and evidence. */
    record Hit(int paper, double score, Double similarity, boolean strong, double text, double words) {
    }

    /** What the three systems returned for one need: papers, best first (at most 50 each). */
    record Answer(List<Hit> engine, List<Integer> bm25, List<Hit> meaning) {
    }

    static final String[] SYSTEMS = {"engine", "plain BM25", "vectors alone"};

    static List<Hit> hits(String json, Map<Long, Integer> paperOfResult) throws Exception {
        List<Hit> hits = new ArrayList<>();
        for (JsonNode n : JSON.readTree(json)) {
            JsonNode e = n.get("explanation");
            JsonNode sim = e.get("similarity");
            Double similarity = sim == null || sim.isNull() ? null : sim.asDouble();
            double score = n.get("score").asDouble();
            // When the app would tell both owners (MatchingService.worthTelling).
            boolean strong = score >= 0.65 && similarity != null && similarity >= 0.60
                    && (e.get("sharedTerms").size() > 0 || e.get("sameField").asBoolean());
            hits.add(new Hit(paperOfResult.getOrDefault(n.get("resultId").asLong(), -1), score, similarity, strong,
                    e.get("textScore").asDouble(), e.has("wordScore") ? e.get("wordScore").asDouble() : 0));
        }
        return hits;
    }

    static List<Integer> papersOf(List<Hit> hits) {
        return hits.stream().map(Hit::paper).toList();
    }

    /**
     * Known item (the source paper) and graded same-discipline relevance, for each need style: the
     * engine, plain BM25 and the vectors alone, over the same needs in one run.
     */
    static void quality(String base, Path file, int threads) throws Exception {
        List<Paper> papers = papers(file);
        List<long[]> mapping = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("target/quality-mapping.csv"))) {
            String[] f = line.split(",");
            long[] m = new long[f.length];
            for (int i = 0; i < f.length; i++) {
                m[i] = Long.parseLong(f[i]);
            }
            mapping.add(m);
        }
        Map<Long, Integer> paperOfResult = new HashMap<>();
        mapping.forEach(m -> paperOfResult.put(m[1], (int) m[0]));

        // The baseline: plain BM25 over the same HanLP words, title + keywords + abstract as one text.
        Segmenter seg = new Segmenter();
        List<Map<String, Integer>> docs = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        double totalLength = 0;
        for (Paper p : papers) {
            Map<String, Integer> tf = new HashMap<>();
            for (String w : seg.indexText(p.title() + "。" + String.join("，", p.keywords()) + "。" + p.abstractText()).split(" ")) {
                if (!w.isEmpty()) {
                    tf.merge(w, 1, Integer::sum);
                }
            }
            tf.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
            totalLength += tf.values().stream().mapToInt(Integer::intValue).sum();
            docs.add(tf);
        }
        double avgdl = totalLength / docs.size();
        int[] docLength = docs.stream().mapToInt(tf -> tf.values().stream().mapToInt(Integer::intValue).sum()).toArray();

        // Each need's three answers, computed by a few threads (the HTTP calls dominate), then counted in paper order.
        Answer[][] answers = new Answer[mapping.size()][STYLES.length];
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<?>> tasks = new ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        long t0 = System.nanoTime();
        for (long[] m : mapping) {
            int source = (int) m[0];
            for (int s = 0; s < STYLES.length; s++) {
                int style = s;
                long need = m[2 + s];
                tasks.add(pool.submit(() -> {
                    List<Hit> engine = hits(get(base + "/api/v1/needs/" + need + "/matches?limit=50"), paperOfResult);
                    List<Hit> meaning = hits(get(base + "/api/v1/needs/" + need + "/matches?limit=50&evidence=MEANING"),
                            paperOfResult);
                    Segmenter words = SEGMENTERS.get();
                    Map<String, Integer> q = new HashMap<>();
                    for (String w : words.indexText(needText(papers.get(source), style)).split(" ")) {
                        if (!w.isEmpty()) {
                            q.merge(w, 1, Integer::sum);
                        }
                    }
                    double[] scores = new double[docs.size()];
                    for (int d = 0; d < docs.size(); d++) {
                        Map<String, Integer> tf = docs.get(d);
                        double sc = 0;
                        for (String w : q.keySet()) {
                            Integer f = tf.get(w);
                            if (f != null) {
                                int n = df.get(w);
                                double idf = Math.log(1 + (docs.size() - n + 0.5) / (n + 0.5));
                                sc += idf * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * docLength[d] / avgdl));
                            }
                        }
                        scores[d] = sc;
                    }
                    List<Integer> order = new ArrayList<>();
                    for (int d = 0; d < docs.size(); d++) {
                        if (scores[d] > 0) {
                            order.add(d);
                        }
                    }
                    // Ties by paper index: the baseline does not depend on the insertion order.
                    order.sort((a, b) -> Double.compare(scores[b], scores[a]));
                    answers[source][style] = new Answer(engine, new ArrayList<>(order.subList(0, Math.min(50, order.size()))),
                            meaning);
                    int n = done.incrementAndGet();
                    if (n % 500 == 0) {
                        System.out.printf("  %d of %d needs asked, %.0f s%n", n, mapping.size() * STYLES.length,
                                (System.nanoTime() - t0) / 1e9);
                    }
                    return null;
                }));
            }
        }
        for (java.util.concurrent.Future<?> t : tasks) {
            t.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%d needs × 2 HTTP calls with %d threads in %.1f s (%.1f needs/s)%n", mapping.size() * STYLES.length,
                threads, seconds, mapping.size() * STYLES.length / seconds);

        // Every answer's top 10, to compare runs (insertion orders) need by need.
        StringBuilder dump = new StringBuilder();
        for (int i = 0; i < mapping.size(); i++) {
            for (int s = 0; s < STYLES.length; s++) {
                Answer a = answers[i][s];
                dump.append(i).append('\t').append(STYLES[s]).append("\tengine");
                a.engine().stream().limit(10).forEach(h -> dump.append(String.format("\t%d:%.4f", h.paper(), h.score())));
                dump.append('\n').append(i).append('\t').append(STYLES[s]).append("\tbm25");
                a.bm25().stream().limit(10).forEach(d -> dump.append('\t').append(d));
                dump.append('\n').append(i).append('\t').append(STYLES[s]).append("\tmeaning");
                a.meaning().stream().limit(10).forEach(h -> dump.append(String.format("\t%d:%.4f", h.paper(), h.similarity())));
                dump.append('\n');
            }
        }
        Files.writeString(Path.of("target/quality-answers.tsv"), dump.toString());
        System.out.println("each need's top 10 per system: target/quality-answers.tsv");

        System.out.printf("%n%d results (one per paper), %d needs per style (no keywords: only the style's words); "
                + "relevance: the source paper (known item, gain 2), same discipline (gain 1)%n", mapping.size(), mapping.size());
        for (int s = 0; s < STYLES.length; s++) {
            System.out.printf("  style %s, e.g. \"%s\"%n", STYLES[s], needText(papers.get(0), s));
        }
        System.out.println("P@10(same discipline): papers other than the source, of the source's discipline, among the top 10,"
                + " divided by 10 (the source itself counts as a miss); MRR@10: 1/rank of the source when in the top 10, else 0.");
        System.out.println();
        System.out.println("style  system          Recall@10  MRR@10  P@10(same discipline)  nDCG@10   no answer");
        for (int s = 0; s < STYLES.length; s++) {
            Metrics[] metrics = {new Metrics(), new Metrics(), new Metrics()};
            for (int i = 0; i < mapping.size(); i++) {
                Answer a = answers[i][s];
                metrics[0].add(papersOf(a.engine()), i, papers);
                metrics[1].add(a.bm25(), i, papers);
                metrics[2].add(papersOf(a.meaning()), i, papers);
            }
            for (int k = 0; k < SYSTEMS.length; k++) {
                metrics[k].print(STYLES[s], SYSTEMS[k]);
            }
        }

        // The share of meaning in the text part, fitted here: the engine's top 50 re-ranked with other shares (the
        // facts' factor, score / text, kept), so that one run shows the whole curve.
        System.out.println();
        System.out.println("engine re-ranked within its top 50 with another share of meaning (MatchScorer.MEANING; floor 0.40, ceiling 0.80):");
        System.out.println("fusion share style  Recall@10  MRR@10  P@10(same discipline)  nDCG@10   (mix: w·meaning + (1−w)·words; max: max(mix, words))");
        for (String fusion : new String[] {"mix", "max"}) {
            for (double w : new double[] {0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 1.0}) {
                if (fusion.equals("max") && (w == 0.0 || w == 1.0)) {
                    continue;
                }
                for (int s = 0; s < STYLES.length; s++) {
                    Metrics m = new Metrics();
                    for (int i = 0; i < mapping.size(); i++) {
                        List<Hit> engine = new ArrayList<>(answers[i][s].engine());
                        java.util.Map<Hit, Double> rescored = new java.util.IdentityHashMap<>();
                        for (Hit h : engine) {
                            double factor = h.text() > 0 ? h.score() / h.text() : 0.6;
                            double meaning = h.similarity() == null ? 0 : Math.max(0, Math.min(1, (h.similarity() - 0.40) / 0.40));
                            double mix = h.similarity() == null ? h.words() : w * meaning + (1 - w) * h.words();
                            // "max": a strong match in words is never pulled down by a vaguer meaning.
                            double text = fusion.equals("max") ? Math.max(mix, h.words()) : mix;
                            rescored.put(h, text * factor);
                        }
                        engine.sort((a, b) -> Double.compare(rescored.get(b), rescored.get(a)));
                        m.add(papersOf(engine), i, papers);
                    }
                    m.print(String.format("%s %.1f %s", fusion, w, STYLES[s]), "");
                }
            }
        }

        // For a notification threshold: the engine's score and similarity of the source paper against the rest of the top 10.
        System.out.println();
        System.out.println("engine top 10, source paper vs other results (p10 / p50 / p90):");
        System.out.println("style  of               n      score p10/p50/p90     similarity p10/p50/p90   no similarity");
        for (int s = 0; s < STYLES.length; s++) {
            List<Double> sourceScores = new ArrayList<>();
            List<Double> sourceSims = new ArrayList<>();
            List<Double> otherScores = new ArrayList<>();
            List<Double> otherSims = new ArrayList<>();
            int sourceNoSim = 0;
            int otherNoSim = 0;
            int unknown = 0;
            for (int i = 0; i < mapping.size(); i++) {
                List<Hit> engine = answers[i][s].engine();
                for (Hit h : engine.subList(0, Math.min(10, engine.size()))) {
                    boolean isSource = h.paper() == i;
                    unknown += h.paper() < 0 ? 1 : 0;
                    (isSource ? sourceScores : otherScores).add(h.score());
                    if (h.similarity() == null) {
                        if (isSource) {
                            sourceNoSim++;
                        } else {
                            otherNoSim++;
                        }
                    } else {
                        (isSource ? sourceSims : otherSims).add(h.similarity());
                    }
                }
            }
            System.out.printf("%-6s source paper  %6d   %s   %s   %d%n", STYLES[s], sourceScores.size(), dist(sourceScores),
                    dist(sourceSims), sourceNoSim);
            System.out.printf("%-6s other results %6d   %s   %s   %d%s%n", STYLES[s], otherScores.size(), dist(otherScores),
                    dist(otherSims), otherNoSim, unknown > 0 ? "   (" + unknown + " not one of the papers)" : "");
        }

        System.out.println();
        System.out.println("engine top-1 as a strong notification (score >= 0.65, similarity >= 0.60, shared words or same field):");
        System.out.println("style  strong top-1   of which source paper   other   precision   needs with a top-1");
        for (int s = 0; s < STYLES.length; s++) {
            int strong = 0;
            int strongSource = 0;
            int withTop = 0;
            for (int i = 0; i < mapping.size(); i++) {
                List<Hit> engine = answers[i][s].engine();
                if (engine.isEmpty()) {
                    continue;
                }
                withTop++;
                Hit top = engine.get(0);
                if (top.strong()) {
                    strong++;
                    strongSource += top.paper() == i ? 1 : 0;
                }
            }
            System.out.printf("%-6s %6d          %6d                  %6d    %s       %d%n", STYLES[s], strong, strongSource,
                    strong - strongSource, strong == 0 ? "  -  " : String.format("%.3f", (double) strongSource / strong), withTop);
        }
    }

    /** HanLP segmenters are not shared between threads. */
    static final ThreadLocal<Segmenter> SEGMENTERS = ThreadLocal.withInitial(Segmenter::new);

    static String dist(List<Double> values) {
        if (values.isEmpty()) {
            return String.format("%-20s", "-");
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format("%.3f / %.3f / %.3f", quantile(v, 0.10), quantile(v, 0.50), quantile(v, 0.90));
    }

    /** Nearest-rank quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }

    static final class Metrics {
        double recall10;
        double mrr10;
        double ndcg;
        double precisionDiscipline;
        int empty;
        int n;

        void add(List<Integer> ranked, int source, List<Paper> papers) {
            n++;
            if (ranked.isEmpty()) {
                empty++;
            }
            String discipline = papers.get(source).discipline();
            int rank = ranked.indexOf(source);
            if (rank >= 0 && rank < 10) {
                recall10++;
                mrr10 += 1.0 / (rank + 1);
            }
            double dcg = 0;
            int same = 0;
            for (int i = 0; i < Math.min(10, ranked.size()); i++) {
                int d = ranked.get(i);
                int gain = d == source ? 2 : d >= 0 && papers.get(d).discipline().equals(discipline) ? 1 : 0;
                if (d != source && gain == 1) {
                    same++;
                }
                dcg += (Math.pow(2, gain) - 1) / (Math.log(i + 2) / Math.log(2));
            }
            long inDiscipline = papers.stream().filter(x -> x.discipline().equals(discipline)).count() - 1;
            double idcg = 3.0;
            for (int i = 1; i < 10 && i <= inDiscipline; i++) {
                idcg += 1.0 / (Math.log(i + 2) / Math.log(2));
            }
            ndcg += dcg / idcg;
            precisionDiscipline += same / 10.0;
        }

        void print(String style, String system) {
            System.out.printf("%-6s %-15s   %.3f     %.3f         %.3f            %.3f     %d%n", style, system, recall10 / n,
                    mrr10 / n, precisionDiscipline / n, ndcg / n, empty);
        }
    }
}
