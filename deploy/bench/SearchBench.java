// Search benchmark for the Tech Market platform: loads synthetic listings built from the CSL
// papers (read by path, never copied) straight into PostgreSQL with the platform's own
// segmentation, then measures search latency through the HTTP API.
//
// Run through deploy/bench/search-bench.sh, which supplies the classpath (the built app and its
// libraries), the database and a running app.
//
//   java -cp <app classpath> SearchBench.java load <results> <needs> <papers.jsonl>
//   java -cp <app classpath> SearchBench.java query <base-url> <requests> <papers.jsonl>

import java.io.BufferedReader;
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
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.techmarket.listing.Segmenter;

public class SearchBench {

    record Paper(String title, String abstractText, List<String> keywords, String discipline) {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "query" -> query(args[1], Integer.parseInt(args[2]), Path.of(args[3]),
                    args.length > 4 ? Integer.parseInt(args[4]) : 1);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static List<Paper> papers(Path file) throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        List<Paper> papers = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line; (line = in.readLine()) != null; ) {
                var node = mapper.readTree(line);
                List<String> keywords = new ArrayList<>();
                node.get("keywords").forEach(k -> keywords.add(k.asText()));
                papers.add(new Paper(node.get("title").asText(), node.get("abstract").asText(), keywords,
                        node.get("discipline").asText()));
            }
        }
        return papers;
    }

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

    static final String[] REGIONS = {"620102", "620103", "620104", "620105", "620502", "621102", "620702", "620802",
            "110105", "310115", "440305", "610113", "510107", "330106", "320102", "420111"};
    static final String[] MODES = {"TRANSFER", "LICENSE", "EQUITY", "JOINT_DEVELOPMENT", "TECH_SERVICE"};

    /** The source papers' vectors (title + keywords + first 400 characters), computed here with the platform's model. */
    static void embedPapers(Connection db, List<Paper> papers) throws Exception {
        long start = System.nanoTime();
        var model = new dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel();
        List<dev.langchain4j.data.segment.TextSegment> texts = new ArrayList<>();
        for (Paper p : papers) {
            String t = p.title() + "。" + String.join("，", p.keywords()) + "。" + p.abstractText();
            texts.add(dev.langchain4j.data.segment.TextSegment.from(t.length() > 400 ? t.substring(0, 400) : t));
        }
        List<dev.langchain4j.data.embedding.Embedding> vectors = model.embedAll(texts).content();
        try (Statement st = db.createStatement()) {
            st.execute("CREATE UNLOGGED TABLE bench_vector (paper int PRIMARY KEY, hash bytea, vector bytea)");
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO bench_vector VALUES (?, ?, ?)")) {
            for (int i = 0; i < papers.size(); i++) {
                float[] v = vectors.get(i).vector();
                double norm = 0;
                for (float x : v) {
                    norm += x * x;
                }
                java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(v.length * 4);
                for (float x : v) {
                    b.putFloat((float) (x / Math.sqrt(norm)));
                }
                ps.setInt(1, i);
                ps.setBytes(2, java.security.MessageDigest.getInstance("SHA-256")
                        .digest(texts.get(i).text().getBytes(StandardCharsets.UTF_8)));
                ps.setBytes(3, b.array());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        System.out.printf("embedded %d papers in %.1f s (%.1f per second, %d cores)%n", papers.size(),
                (System.nanoTime() - start) / 1e9, papers.size() / ((System.nanoTime() - start) / 1e9),
                Runtime.getRuntime().availableProcessors());
    }

    static void load(int results, int needs, Path file) throws Exception {
        List<Paper> papers = papers(file);
        Segmenter segmenter = new Segmenter();
        // Every listing is built from pieces of papers; each piece is segmented once.
        List<String[]> sentences = new ArrayList<>();
        Map<Integer, String[]> segmented = new HashMap<>();
        for (int i = 0; i < papers.size(); i++) {
            Paper p = papers.get(i);
            String[] parts = p.abstractText().split("(?<=[。；;.])");
            String[] seg = new String[parts.length];
            for (int s = 0; s < parts.length; s++) {
                seg[s] = segmenter.indexText(parts[s]);
            }
            sentences.add(parts);
            String summary = p.abstractText().substring(0, Math.min(120, p.abstractText().length()));
            segmented.put(i, new String[] {segmenter.indexText(p.title()),
                    segmenter.indexText(String.join("，", p.keywords())), String.join(" ", seg),
                    segmenter.indexText(summary),
                    // the character index, as the platform builds it (organisation's name included)
                    segmenter.ngramText(String.join("\n", p.title(), String.join("，", p.keywords()), summary,
                            p.abstractText(), "基准测试研究院"))});
        }
        List<String[]> segSentences = new ArrayList<>();
        List<String[]> gramSentences = new ArrayList<>();
        for (String[] parts : sentences) {
            String[] seg = new String[parts.length];
            String[] grams = new String[parts.length];
            for (int s = 0; s < parts.length; s++) {
                seg[s] = segmenter.indexText(parts[s]);
                grams[s] = segmenter.ngramText(parts[s]);
            }
            segSentences.add(seg);
            gramSentences.add(grams);
        }
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        try (Connection db = DriverManager.getConnection(url, System.getenv("QUARKUS_DATASOURCE_USERNAME"),
                System.getenv("QUARKUS_DATASOURCE_PASSWORD"))) {
            long orgId;
            long needOrgId;
            long userId;
            try (Statement st = db.createStatement()) {
                st.execute("SET maintenance_work_mem = '1GB'");
                ResultSet rs = st.executeQuery("INSERT INTO organisation (name, type, credit_code, region_code, contact_name, contact_phone, status, verified_at) "
                        + "VALUES ('基准测试研究院', 'INSTITUTE', '12620000BENCH00001', '620102', '基准', '0931-0000000', 'VERIFIED', now()) "
                        + "ON CONFLICT (credit_code) DO UPDATE SET name = excluded.name RETURNING id");
                rs.next();
                orgId = rs.getLong(1);
                rs = st.executeQuery("INSERT INTO organisation (name, type, credit_code, region_code, contact_name, contact_phone, status, verified_at) "
                        + "VALUES ('基准测试企业', 'ENTERPRISE', '91620100BENCH00002', '620104', '基准', '0931-0000000', 'VERIFIED', now()) "
                        + "ON CONFLICT (credit_code) DO UPDATE SET name = excluded.name RETURNING id");
                rs.next();
                needOrgId = rs.getLong(1);
                rs = st.executeQuery("INSERT INTO user_account (username, password_hash, role, display_name, email, organisation_id, membership_approved) "
                        + "VALUES ('bench-loader', 'x', 'RESEARCHER', '基准', 'bench@example.cn', " + orgId + ", true) "
                        + "ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name RETURNING id");
                rs.next();
                userId = rs.getLong(1);
                st.execute("DROP TABLE IF EXISTS bench_stage");
                st.execute("CREATE UNLOGGED TABLE bench_stage (kind text, title text, summary text, description text, field text, keywords text[], "
                        + "maturity smallint, modes text[], price_fen bigint, budget_min_fen bigint, budget_max_fen bigint, region_code text, "
                        + "valid_until date, published_at timestamptz, t_title text, t_keywords text, t_summary text, t_body text, t_ngrams text, "
                        + "source_key text, paper int)");
            }
            // The papers' vectors first, so that the listings get theirs right after they are inserted.
            boolean vectors = !"0".equals(System.getenv("BENCH_VECTORS"));
            if (vectors) {
                embedPapers(db, papers);
            }
            long start = System.nanoTime();
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            Random random = new Random(42);
            int total = results + needs;
            StringBuilder batch = new StringBuilder(1 << 22);
            LocalDate today = LocalDate.now();
            for (int n = 0; n < total; n++) {
                boolean result = n < results;
                int pi = random.nextInt(papers.size());
                int pj = random.nextInt(papers.size());
                Paper p = papers.get(pi);
                String[] seg = segmented.get(pi);
                String[] extra = sentences.get(pj);
                int sj = random.nextInt(extra.length);
                String title = p.title() + (n >= papers.size() ? "（" + (n % 97 + 1) + "）" : "");
                String description = p.abstractText() + extra[sj];
                String tDescription = seg[2] + " " + segSentences.get(pj)[sj];
                String summary = result ? p.abstractText().substring(0, Math.min(120, p.abstractText().length())) : null;
                String mode1 = MODES[random.nextInt(MODES.length)];
                String mode2 = MODES[random.nextInt(MODES.length)];
                String modes = mode1.equals(mode2) ? "{" + mode1 + "}" : "{" + mode1 + "," + mode2 + "}";
                Long price = result && random.nextInt(4) > 0 ? (long) (random.nextInt(1000) + 1) * 100_000L : null;
                Long budgetMax = result ? null : (long) (random.nextInt(500) + 10) * 1_000_000L;
                Long budgetMin = budgetMax == null ? null : budgetMax / 2;
                String keywords = "{" + String.join(",", p.keywords().stream().map(SearchBench::arrayItem).toList()) + "}";
                String[] row = {result ? "RESULT" : "NEED", title, summary, description, field(p.discipline()), keywords,
                        String.valueOf(random.nextInt(9) + 1), modes, str(price), str(budgetMin), str(budgetMax),
                        REGIONS[random.nextInt(REGIONS.length)], today.plusDays(30 + random.nextInt(700)).toString(),
                        today.minusDays(random.nextInt(1500)).toString(), seg[0], seg[1],
                        summary == null ? "" : seg[3], tDescription, seg[4] + " " + gramSentences.get(pj)[sj],
                        "bench:" + n, String.valueOf(pi)};
                for (int c = 0; c < row.length; c++) {
                    if (c > 0) batch.append('\t');
                    batch.append(row[c] == null ? "\\N" : tsv(row[c]));
                }
                batch.append('\n');
                if (batch.length() > (1 << 22)) {
                    copy.copyIn("COPY bench_stage FROM STDIN", new java.io.StringReader(batch.toString()));
                    batch.setLength(0);
                }
            }
            copy.copyIn("COPY bench_stage FROM STDIN", new java.io.StringReader(batch.toString()));
            long staged = System.nanoTime();
            try (Statement st = db.createStatement()) {
                st.execute("SET maintenance_work_mem = '1GB'");
                st.execute("DROP INDEX IF EXISTS listing_search_idx");
                st.execute("DROP INDEX IF EXISTS listing_ngram_idx");
                // The listings and their vectors commit together: the app's background embedding pass never sees
                // a loaded listing without its vector (and never races this load for the same rows).
                db.setAutoCommit(false);
                int inserted = st.executeUpdate("INSERT INTO listing (kind, title, summary, description, field, keywords, maturity, modes, "
                        + "price_fen, budget_min_fen, budget_max_fen, region_code, organisation_id, owner_id, contact_name, contact_phone, "
                        + "valid_until, status, submitted_at, published_at, search_vector, ngram_vector, indexed_with, source_key) "
                        + "SELECT kind, left(title, 100), summary, description, field, keywords, maturity, modes, price_fen, budget_min_fen, "
                        + "budget_max_fen, region_code, CASE WHEN kind = 'NEED' THEN " + needOrgId + " ELSE " + orgId + " END, " + userId
                        + ", '基准', '0931-0000000', valid_until, 'PUBLISHED', "
                        + "published_at, published_at, "
                        + "setweight(to_tsvector('simple', t_title), 'A') || setweight(to_tsvector('simple', t_keywords), 'A') || "
                        + "setweight(to_tsvector('simple', t_summary), 'B') || setweight(to_tsvector('simple', t_body), 'C'), "
                        + "array_to_tsvector(array_remove(string_to_array(t_ngrams, ' '), '')), " + Segmenter.VERSION
                        + ", source_key FROM bench_stage");
                long insertedAt = System.nanoTime();
                if (vectors) {
                    // Each synthetic listing gets the vector of the paper it was built from (its text without the
                    // numbering suffix and the borrowed sentence): identical text, identical vector, as the platform
                    // shares vectors by content hash. Computing a million distinct texts would take five hours here.
                    long vectorsStart = System.nanoTime();
                    int stored = st.executeUpdate("INSERT INTO listing_embedding (listing_id, kind, active, model, content_hash, vector, computed_at) "
                            + "SELECT l.id, l.kind, true, '" + org.techmarket.matching.BgeSmallZhEmbedder.MODEL + "', v.hash, v.vector, now() "
                            + "FROM bench_stage s JOIN listing l ON l.source_key = s.source_key JOIN bench_vector v ON v.paper = s.paper");
                    st.execute("DROP TABLE bench_vector");
                    System.out.printf("stored %d vectors (one per listing, %d distinct) in %.1f s%n", stored, papers.size(),
                            (System.nanoTime() - vectorsStart) / 1e9);
                }
                db.commit();
                db.setAutoCommit(true);
                st.execute("CREATE INDEX listing_search_idx ON listing USING gin (search_vector)");
                st.execute("CREATE INDEX listing_ngram_idx ON listing USING gin (ngram_vector)");
                st.execute("DROP TABLE bench_stage");
                st.execute("VACUUM ANALYZE listing");
                long end = System.nanoTime();
                System.out.printf("loaded %d listings (%d results, %d needs) in %.1f s: generate+segment+copy %.1f s, insert with tsvector %.1f s, GIN index + analyze %.1f s%n",
                        inserted, results, needs, (end - start) / 1e9, (staged - start) / 1e9, (insertedAt - staged) / 1e9,
                        (end - insertedAt) / 1e9);
                ResultSet sizes = st.executeQuery("SELECT pg_size_pretty(pg_relation_size('listing')) || ' (with TOAST '"
                        + " || pg_size_pretty(pg_table_size('listing')) || ')', "
                        + "pg_size_pretty(pg_relation_size('listing_search_idx')), "
                        + "coalesce(pg_size_pretty(pg_relation_size(to_regclass('listing_ngram_idx'))), 'none')");
                sizes.next();
                System.out.printf("sizes: listing table %s, word index (listing_search_idx) %s, character index (listing_ngram_idx) %s%n",
                        sizes.getString(1), sizes.getString(2), sizes.getString(3));
            }
        }
    }

    static void query(String baseUrl, int requests, Path file, int clients) throws Exception {
        List<Paper> papers = papers(file);
        Random random = new Random(7);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Paper p = papers.get(random.nextInt(papers.size()));
            int terms = 1 + i % 4;
            List<String> ks = new ArrayList<>(p.keywords());
            java.util.Collections.shuffle(ks, random);
            queries.add(String.join(" ", ks.subList(0, Math.min(terms, ks.size()))));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // Warm-up: a serving instance is warm (JIT-compiled segmentation and query paths, filled caches);
        // with 50 requests the first measured hundreds still compile. -Dbench.warmup=N; printed with the figures.
        int warmup = Integer.getInteger("bench.warmup", 600);
        for (int i = 0; i < warmup; i++) {
            get(http, baseUrl, queries.get(i % queries.size()));
        }
        System.out.printf("warm-up: %d requests before measuring%n", warmup);
        long[][] byTerms = new long[5][requests];
        int[] counts = new int[5];
        long[] all = new long[requests];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        long wallStart = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            String q = queries.get(i);
            int idx = i;
            futures.add(pool.submit(() -> new long[] {idx, get(http, baseUrl, q)}));
        }
        long hits = 0;
        for (Future<long[]> f : futures) {
            long[] r = f.get();
            int idx = (int) r[0];
            all[idx] = r[1];
            int terms = 1 + idx % 4;
            byTerms[terms][counts[terms]++] = r[1];
        }
        long wall = System.nanoTime() - wallStart;
        pool.shutdown();
        System.out.printf("%d search requests, %d client(s), %.0f requests/s%n", requests, clients, requests / (wall / 1e9));
        report("all queries", all, requests);
        for (int t = 1; t <= 4; t++) {
            report(t + "-term queries", byTerms[t], counts[t]);
        }
        if (Boolean.parseBoolean(System.getProperty("bench.extra", "true"))) {
            extra(http, baseUrl, papers, random, Math.max(requests / 5, 50));
        }
    }

    /**
     * Queries the word index alone misses: one Chinese character, part of a keyword (its first two
     * characters), the organisation's name; and keyword queries sorted by price.
     */
    static void extra(HttpClient http, String baseUrl, List<Paper> papers, Random random, int n) throws Exception {
        String[][] kinds = {{"1 character", ""}, {"2-char prefix", ""}, {"organisation", ""}, {"sort=price", "&sort=price"}};
        for (String[] kind : kinds) {
            long[] samples = new long[n];
            for (int i = 0; i < n; i++) {
                Paper p = papers.get(random.nextInt(papers.size()));
                String k = p.keywords().get(random.nextInt(p.keywords().size()));
                String q = switch (kind[0]) {
                    case "1 character" -> k.substring(0, 1);
                    case "2-char prefix" -> k.substring(0, Math.min(2, k.length()));
                    case "organisation" -> "基准测试研究院";
                    default -> k;
                };
                samples[i] = get(http, baseUrl, q, kind[1]);
            }
            report(kind[0], samples, n);
        }
    }

    static long get(HttpClient http, String baseUrl, String q) throws Exception {
        return get(http, baseUrl, q, "");
    }

    static long get(HttpClient http, String baseUrl, String q, String more) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/results?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8) + more)).timeout(Duration.ofSeconds(30)).GET().build();
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long t = System.nanoTime() - t0;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + q);
        }
        return t;
    }

    static void report(String label, long[] samples, int n) {
        long[] s = Arrays.copyOf(samples, n);
        Arrays.sort(s);
        System.out.printf("  %-14s n=%5d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", label, n,
                pct(s, 50), pct(s, 95), pct(s, 99), s[n - 1] / 1e6);
    }

    static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    static String str(Long v) {
        return v == null ? null : v.toString();
    }

    static String arrayItem(String s) {
        return "\"" + s.replace("\\", "").replace("\"", "") + "\"";
    }

    static String tsv(String s) {
        return s.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ").replace("\r", " ");
    }
}
