package org.techmarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every enum shown on a page ({@link LabelKeys}) has a label for each value, in Chinese and in English, in one bundle. */
class EnumLabelsTest {

    /** Every page bundle under messages/, not a list that a new bundle could be missing from. */
    private static List<String> bundles() throws Exception {
        return MessageBundlesTest.pairs().stream().map(pair -> pair[0])
                .filter(zh -> zh.getParent().getFileName().toString().equals("messages"))
                .map(zh -> zh.getFileName().toString().replace(".properties", "")).toList();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = EnumLabelsTest.class.getResourceAsStream("/messages/" + name + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    @Test
    void everyLabelledValueHasBothLanguages() throws Exception {
        List<String> bundles = bundles();
        assertTrue(bundles.contains("msg") && bundles.size() >= 11, "bundles: " + bundles);
        List<JavaClass> labelled = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.techmarket").stream().filter(c -> c.isAnnotatedWith(LabelKeys.class)).toList();
        assertTrue(labelled.size() >= 19, "labelled enums found: " + labelled.size());
        List<String> missing = new ArrayList<>();
        for (JavaClass type : labelled) {
            for (Object value : type.reflect().getEnumConstants()) {
                String key = EnumLabels.key((Enum<?>) value);
                boolean found = false;
                for (String bundle : bundles) {
                    if (load(bundle).containsKey(key)) {
                        found = true;
                        if (!load(bundle + "_en").containsKey(key)) {
                            missing.add(bundle + "_en: " + key);
                        }
                    }
                }
                if (!found) {
                    missing.add("no bundle: " + key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void anUnlabelledEnumIsRefusedWithItsName() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> EnumLabels.label(java.time.DayOfWeek.MONDAY));
        assertTrue(e.getMessage().contains("DayOfWeek"), e.getMessage());
    }
}
