package org.techmarket.listing;

import io.quarkus.qute.RawString;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Marks the searched words in a text for display: the text is HTML-escaped first, then the words wrapped in mark. */
public final class Highlighter {

    private Highlighter() {
    }

    public static RawString highlight(String text, Collection<String> words) {
        String escaped = escape(text == null ? "" : text);
        List<String> usable = words.stream().filter(w -> !w.isBlank()).map(Highlighter::escape)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (usable.isEmpty()) {
            return new RawString(escaped);
        }
        // Entities produced by escaping are matched first and kept whole, so a word never splits one.
        Pattern pattern = Pattern.compile("(&[a-z0-9#]+;)|(" + usable.stream().map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher m = pattern.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(1) != null ? m.group(1) : "<mark>" + m.group(2) + "</mark>";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return new RawString(out.toString());
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
