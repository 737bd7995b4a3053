// Matching benchmark and quality evaluation for the Tech Market platform.
// Run through deploy/bench/match-bench.sh or deploy/bench/match-quality.sh.
//
//   java -cp <app classpath> MatchBench.java recompute <base-url> <admin-password>
//   java -cp <app classpath> MatchBench.java matches <base-url> <requests>
//   java -cp <app classpath> MatchBench.java load-quality <papers.jsonl>
//   java -cp <app classpath> MatchBench.java quality <base-url> <papers.jsonl>

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
            case "load-quality" -> loadQuality(Path.of(args[1]));
            case "quality" -> quality(args[1], Path.of(args[2]));
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

    /** What an enterprise looking for paper i's technology would write. */
    static String needTitle(Paper p) {
        return "寻求" + String.join("、", p.keywords().subList(0, Math.min(2, p.keywords().size()))) + "相关技术";
    }

    static String needText(Paper p) {
        return "我单位在" + p.discipline() + "方面有技术需求，希望与掌握" + String.join("、", p.keywords())
                + "技术的团队合作，共同解决生产中的问题。";
    }

    /** Each paper becomes one published result, and one need is written from its keywords and discipline. */
    static void loadQuality(Path file) throws Exception {
        List<Paper> papers = papers(file);
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
            String sql = "INSERT INTO listing (kind, title, summary, description, field, keywords, maturity, modes, region_code, "
                    + "organisation_id, owner_id, contact_name, contact_phone, valid_until, status, submitted_at, published_at, search_vector) "
                    + "VALUES (?, ?, ?, ?, ?, ?::text[], 6, '{LICENSE}', '620102', ?, ?, '评测', '0931-0000000', ?, 'PUBLISHED', now(), now(), "
                    + "setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'A') || "
                    + "setweight(to_tsvector('simple', ?), 'B') || setweight(to_tsvector('simple', ?), 'C')) RETURNING id";
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                StringBuilder mapping = new StringBuilder();
                for (int i = 0; i < papers.size(); i++) {
                    Paper p = papers.get(i);
                    String kw = "{" + String.join(",", p.keywords().stream().map(k -> "\"" + k.replace("\"", "") + "\"").toList()) + "}";
                    String summary = p.abstractText().substring(0, Math.min(120, p.abstractText().length()));
                    long result = insert(ps, "RESULT", left(p.title(), 100), summary, p.abstractText(), field(p.discipline()), kw,
                            org1, user, seg.indexText(p.title()), seg.indexText(String.join("，", p.keywords())),
                            seg.indexText(summary), seg.indexText(p.abstractText()));
                    long need = insert(ps, "NEED", left(needTitle(p), 100), null, needText(p), field(p.discipline()), kw,
                            org2, user, seg.indexText(needTitle(p)), seg.indexText(String.join("，", p.keywords())), "",
                            seg.indexText(needText(p)));
                    mapping.append(i).append(',').append(result).append(',').append(need).append('\n');
                }
                Files.writeString(Path.of("target/quality-mapping.csv"), mapping.toString());
            }
            db.commit();
            System.out.printf("loaded %d papers as results and %d needs%n", papers.size(), papers.size());
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

    /** Known item (the source paper) and graded same-discipline relevance, engine against plain BM25. */
    static void quality(String base, Path file) throws Exception {
        List<Paper> papers = papers(file);
        List<long[]> mapping = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("target/quality-mapping.csv"))) {
            String[] f = line.split(",");
            mapping.add(new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])});
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

        Metrics engine = new Metrics();
        Metrics baseline = new Metrics();
        for (long[] m : mapping) {
            int source = (int) m[0];
            Paper p = papers.get(source);
            JsonNode matches = JSON.readTree(get(base + "/api/v1/needs/" + m[2] + "/matches?limit=50"));
            List<Integer> ranked = new ArrayList<>();
            matches.forEach(n -> ranked.add(paperOfResult.getOrDefault(n.get("resultId").asLong(), -1)));
            engine.add(ranked, source, papers);

            Map<String, Integer> q = new HashMap<>();
            for (String w : seg.indexText(needTitle(p) + "。" + String.join("，", p.keywords()) + "。" + needText(p)).split(" ")) {
                if (!w.isEmpty()) {
                    q.merge(w, 1, Integer::sum);
                }
            }
            double[] scores = new double[docs.size()];
            for (int d = 0; d < docs.size(); d++) {
                Map<String, Integer> tf = docs.get(d);
                int dl = tf.values().stream().mapToInt(Integer::intValue).sum();
                double s = 0;
                for (String w : q.keySet()) {
                    Integer f = tf.get(w);
                    if (f != null) {
                        int n = df.get(w);
                        double idf = Math.log(1 + (docs.size() - n + 0.5) / (n + 0.5));
                        s += idf * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * dl / avgdl));
                    }
                }
                scores[d] = s;
            }
            List<Integer> order = new ArrayList<>();
            for (int d = 0; d < docs.size(); d++) {
                if (scores[d] > 0) {
                    order.add(d);
                }
            }
            order.sort((a, b) -> Double.compare(scores[b], scores[a]));
            baseline.add(order.subList(0, Math.min(50, order.size())), source, papers);
        }
        System.out.printf("%d needs (one per paper), %d results; relevance: the source paper (known item, gain 2), same discipline (gain 1)%n",
                mapping.size(), mapping.size());
        System.out.println("                      Recall@10   MRR@50   nDCG@10(graded)   same-discipline P@10");
        engine.print("engine (BM25F+features)");
        baseline.print("plain BM25 baseline    ");
    }

    static final class Metrics {
        double recall10;
        double mrr;
        double ndcg;
        double precisionDiscipline;
        int n;

        void add(List<Integer> ranked, int source, List<Paper> papers) {
            n++;
            String discipline = papers.get(source).discipline();
            int rank = ranked.indexOf(source);
            if (rank >= 0 && rank < 10) {
                recall10++;
            }
            if (rank >= 0) {
                mrr += 1.0 / (rank + 1);
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

        void print(String label) {
            System.out.printf("%s   %.3f      %.3f      %.3f             %.3f%n", label, recall10 / n, mrr / n, ndcg / n,
                    precisionDiscipline / n);
        }
    }
}
