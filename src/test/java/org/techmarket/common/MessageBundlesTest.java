package org.techmarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in both languages: each Chinese bundle (messages, notifications, ValidationMessages)
 * has the same keys as its English sibling, with the same placeholders.
 */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    /** Chinese file → English file, for every bundle on the class path. */
    static List<Path[]> pairs() throws IOException, URISyntaxException {
        Path root = Paths.get(MessageBundlesTest.class.getResource("/application.properties").toURI()).getParent();
        List<Path[]> pairs = new ArrayList<>();
        for (String dir : List.of("messages", "notifications")) {
            try (Stream<Path> files = Files.list(root.resolve(dir))) {
                files.filter(f -> f.toString().endsWith(".properties") && !f.toString().endsWith("_en.properties"))
                        .sorted().forEach(zh -> pairs.add(new Path[] {zh,
                                zh.resolveSibling(zh.getFileName().toString().replace(".properties", "_en.properties"))}));
            }
        }
        pairs.add(new Path[] {root.resolve("ValidationMessages_zh.properties"), root.resolve("ValidationMessages_en.properties")});
        return pairs;
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    @Test
    void everyKeyOfEveryBundleIsInBothLanguages() throws Exception {
        List<Path[]> pairs = pairs();
        assertTrue(pairs.size() >= 13, "bundles found: " + pairs.size());
        List<String> missing = new ArrayList<>();
        for (Path[] pair : pairs) {
            assertTrue(!load(pair[0]).isEmpty(), pair[0] + " is empty or missing");
            missing.addAll(missingKeys(pair[0], pair[1]));
        }
        assertEquals(List.of(), missing);
    }

    static List<String> missingKeys(Path zhFile, Path enFile) throws IOException {
        Properties zh = load(zhFile);
        Properties en = load(enFile);
        List<String> missing = new ArrayList<>();
        new TreeSet<>(zh.stringPropertyNames()).stream().filter(k -> !en.containsKey(k))
                .forEach(k -> missing.add(enFile.getFileName() + " lacks " + k));
        new TreeSet<>(en.stringPropertyNames()).stream().filter(k -> !zh.containsKey(k))
                .forEach(k -> missing.add(zhFile.getFileName() + " lacks " + k));
        return missing;
    }

    @Test
    void bothLanguagesOfAKeyUseTheSamePlaceholders() throws Exception {
        List<String> different = new ArrayList<>();
        for (Path[] pair : pairs()) {
            Properties zh = load(pair[0]);
            Properties en = load(pair[1]);
            for (String key : zh.stringPropertyNames()) {
                if (en.containsKey(key) && !placeholders(zh.getProperty(key)).equals(placeholders(en.getProperty(key)))) {
                    different.add(pair[0].getFileName() + " " + key);
                }
            }
        }
        assertEquals(List.of(), different);
    }

    @Test
    void aKeyWrittenInOneLanguageOnlyIsReported() throws IOException {
        Path dir = Files.createTempDirectory("bundles");
        Files.writeString(dir.resolve("x.properties"), "a=甲\nb=乙\n");
        Files.writeString(dir.resolve("x_en.properties"), "a=A\nc=C\n");
        assertEquals(List.of("x_en.properties lacks b", "x.properties lacks c"),
                missingKeys(dir.resolve("x.properties"), dir.resolve("x_en.properties")));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
