package org.techmarket.common;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.util.Arrays;
import java.util.Map;

/**
 * A recorded change line ("field: old → new", as a listing revision writes them) as a page shows it:
 * {@code {line.changeText}} names the field ({@code wbfield_*}) and shows codes and amounts by their
 * labels, in the page's language. The audit trail shows a revision's lines the same way.
 */
@TemplateExtension
public final class ChangeLines {

    private static final String ARROW = " → ";

    /** Fields whose values are codes: the bundle and label prefix of their values. */
    private static final Map<String, String[]> CODED = Map.of(
            "field", new String[] {"ls", "field_"}, "ipType", new String[] {"ls", "iptype_"},
            "ipStatus", new String[] {"ls", "ipstatus_"}, "transferModes", new String[] {"ls", "mode_"});

    private ChangeLines() {
    }

    static String changeText(String line, @TemplateAttribute("locale") Object locale) {
        return change(line, Bundles.language(locale));
    }

    /** Each line of a text that is a change line, labelled; other lines as they are. */
    public static String changes(String text, Language language) {
        return String.join("\n", Arrays.stream(text.split("\n", -1)).map(line -> change(line, language)).toList());
    }

    public static String change(String line, Language language) {
        int colon = line.indexOf(": ");
        if (colon < 1 || !line.substring(0, colon).matches("[a-z][A-Za-z]*") || !line.contains(ARROW)) {
            return line;
        }
        String field = line.substring(0, colon);
        String[] values = line.substring(colon + 2).split(ARROW, 2);
        String label = Bundles.text("wb", "wbfield_" + field, language).orElse(field);
        return label + (language == Language.EN ? ": " : "：") + value(field, values[0], language) + ARROW
                + value(field, values[1], language);
    }

    private static String value(String field, String value, Language language) {
        if (value.equals("—")) {
            return value;
        }
        String[] coded = CODED.get(field);
        if (coded != null) {
            return String.join(language == Language.EN ? ", " : "、", Arrays.stream(value.split(","))
                    .map(v -> Bundles.text(coded[0], coded[1] + v, language).orElse(v)).toList());
        }
        if (field.endsWith("Fen") && value.matches("\\d{1,18}")) {
            return Money.local(Long.parseLong(value), language == Language.EN);
        }
        return value;
    }
}
