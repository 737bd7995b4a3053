package org.techmarket.listing;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.IndexTokenizer;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chinese word segmentation (HanLP) for search and matching. Text is cut into words in their
 * order, so that phrases can be matched by position; the finer sub-words HanLP's index mode
 * finds inside long words (能源 in 新能源) are added after them, so that they are found too.
 * Everything is lower-cased and reduced to letters and digits; a few function words are dropped.
 */
@ApplicationScoped
public class Segmenter {

    public static final String QUERY_SEPARATORS = "[\\s,，;；、。.!！?？]+";
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Function words that carry no meaning in a search. */
    private static final Set<String> FUNCTION_WORDS = Set.of("的", "了", "和", "与", "及", "及其", "或", "在", "是",
            "对", "为", "等", "之", "其", "并", "而", "于", "以", "the", "of", "and", "a", "an", "in", "for", "to");

    void warmUp(@Observes StartupEvent event) {
        // HanLP loads its dictionaries (about 1–2 s) on first use: right after start, beside it, rather than in a
        // user's request; a search arriving meanwhile waits for the same load (the class initialisation).
        Thread loading = new Thread(() -> {
            long start = System.nanoTime();
            StandardTokenizer.segment("科技成果转化");
            org.jboss.logging.Logger.getLogger(Segmenter.class).infof("HanLP dictionaries loaded in %d ms",
                    (System.nanoTime() - start) / 1_000_000);
        }, "hanlp-warm-up");
        loading.setDaemon(true);
        loading.start();
    }

    /**
     * The version of this segmentation; listings indexed with an older one are indexed again in the
     * background ({@link IndexBackfill}). 2: letters and digits together stay one token (5G, GaN, 4H-SiC).
     */
    public static final int VERSION = 2;
    /** A run of Latin letters and digits, hyphens inside it (5G, GaN, 4H-SiC, CO2, PDC): one token. */
    private static final Pattern LATIN_TOKEN = Pattern.compile("[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*");

    /** The words of a text in order, normalised. */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        forEachPiece(text, latin -> addLatin(latin, words), other -> {
            for (Term term : StandardTokenizer.segment(other)) {
                addNormalised(term.word, words);
            }
        });
        return words;
    }

    /**
     * Cuts a text into runs of Latin letters and digits (each one token: HanLP would cut 5G into 5 and g)
     * and the text between them (segmented by HanLP), in order.
     */
    private static void forEachPiece(String text, java.util.function.Consumer<String> latin,
            java.util.function.Consumer<String> other) {
        java.util.regex.Matcher m = LATIN_TOKEN.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                other.accept(text.substring(last, m.start()));
            }
            latin.accept(m.group());
            last = m.end();
        }
        if (last < text.length()) {
            other.accept(text.substring(last));
        }
    }

    private static void addLatin(String token, List<String> out) {
        String word = token.replace("-", "").toLowerCase(Locale.ROOT);
        if (!FUNCTION_WORDS.contains(word)) {
            out.add(word);
        }
    }

    /**
     * The text to store in a tsvector: the words in order, then the extra sub-words of index
     * mode (each once).
     */
    public String indexText(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return "";
        }
        Set<String> present = new LinkedHashSet<>(words);
        List<String> extra = new ArrayList<>();
        forEachPiece(text, latin -> { }, other -> {
            for (Term term : IndexTokenizer.segment(other)) {
                List<String> normalised = new ArrayList<>();
                addNormalised(term.word, normalised);
                for (String w : normalised) {
                    if (present.add(w)) {
                        extra.add(w);
                    }
                }
            }
        });
        StringBuilder out = new StringBuilder(String.join(" ", words));
        for (String w : extra) {
            out.append(' ').append(w);
        }
        return out.toString();
    }

    /**
     * A user's query as phrases: each whitespace- or punctuation-separated part of the query
     * becomes the list of its words, which must appear next to each other.
     */
    public List<List<String>> queryPhrases(String query) {
        return analyse(query).phrases();
    }

    /** A query segmented once: its parts with their words and n-grams (read by search, facets and highlighting). */
    public AnalysedQuery analyse(String query) {
        return AnalysedQuery.of(query, this);
    }

    /**
     * What to mark in a text shown for a query: each part of the query as typed, and its words
     * of two or more characters (single characters alone would light up everywhere).
     */
    public Set<String> highlightTerms(String query) {
        return analyse(query).highlightTerms();
    }

    /** All distinct words of a query, for highlighting and explanations. */
    public Set<String> queryWords(String query) {
        Set<String> all = new LinkedHashSet<>();
        queryPhrases(query).forEach(all::addAll);
        return all;
    }

    /**
     * The character n-grams of a text, for finding what word segmentation misses (药 inside 中药材,
     * 锂电 inside 锂电池): every Chinese character alone and every pair of neighbours, and each
     * run of letters or digits as one token, lower-cased, each once, separated by spaces.
     */
    public String ngramText(String text) {
        Set<String> grams = new LinkedHashSet<>();
        for (List<String> run : ngramRuns(text)) {
            grams.addAll(run);
        }
        return String.join(" ", grams);
    }

    /**
     * What a query part must contain to be found by its n-grams: its letter-or-digit tokens, a
     * lone Chinese character as itself, longer runs as all their neighbouring pairs.
     */
    public List<String> queryNgrams(String part) {
        List<String> grams = new ArrayList<>();
        for (List<String> run : ngramRuns(part)) {
            if (run.size() == 1 || !isHan(run.get(0).codePointAt(0))) {
                grams.add(run.get(0));
            } else {
                run.stream().filter(g -> g.codePointCount(0, g.length()) == 2).forEach(grams::add);
            }
        }
        return grams.stream().distinct().toList();
    }

    /** Per run of the text: a token of letters/digits, or a Chinese run as its characters then its pairs. */
    private static List<List<String>> ngramRuns(String text) {
        List<List<String>> runs = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return runs;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            int cp = lower.codePointAt(i);
            if (isHan(cp)) {
                List<String> chars = new ArrayList<>();
                while (i < lower.length() && isHan(lower.codePointAt(i))) {
                    int c = lower.codePointAt(i);
                    chars.add(new String(Character.toChars(c)));
                    i += Character.charCount(c);
                }
                List<String> run = new ArrayList<>(chars);
                for (int k = 0; k + 1 < chars.size(); k++) {
                    run.add(chars.get(k) + chars.get(k + 1));
                }
                runs.add(run);
            } else if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < lower.length() && !isHan(lower.codePointAt(i)) && Character.isLetterOrDigit(lower.codePointAt(i))) {
                    i += Character.charCount(lower.codePointAt(i));
                }
                runs.add(List.of(lower.substring(start, i)));
            } else {
                i += Character.charCount(cp);
            }
        }
        return runs;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static void addNormalised(String word, List<String> out) {
        for (String piece : NOT_WORD.split(word.toLowerCase(Locale.ROOT))) {
            if (!piece.isEmpty() && !FUNCTION_WORDS.contains(piece)) {
                out.add(piece);
            }
        }
    }
}
