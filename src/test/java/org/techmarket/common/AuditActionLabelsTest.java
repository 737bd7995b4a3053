package org.techmarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every audit action the code records has a label in both languages: an audit list shows no English code. */
class AuditActionLabelsTest {

    /** The action of {@code audit.record(entity, id, "action", …)} and of a service's {@code move(x, stage, "action", …)}. */
    private static final Pattern ACTION = Pattern.compile(
            "(?:\\.record\\(\\s*[^;\"]*?,\\s*[^;\"]*?,\\s*|\\bmove\\(\\s*\\w+,\\s*[\\w.]+,\\s*)\"([a-z][a-z_-]*)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AuditActionLabelsTest.class.getResourceAsStream("/messages/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyRecordedActionHasALabelInChineseAndEnglish() throws IOException {
        Properties zh = load("msg");
        Properties en = load("msg_en");
        TreeSet<String> found = new TreeSet<>();
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = ACTION.matcher(Files.readString(file));
                while (m.find()) {
                    String key = "audit_action_" + m.group(1).replace('-', '_');
                    found.add(m.group(1));
                    if (!zh.containsKey(key) || !en.containsKey(key)) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(found.size() > 30, "actions found: " + found);
        assertEquals(List.of(), List.copyOf(missing));
    }
}
