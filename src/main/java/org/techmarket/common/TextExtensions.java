package org.techmarket.common;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Small text helpers for templates. */
@TemplateExtension
public final class TextExtensions {
    private TextExtensions() {
    }

    /** {@code {q.urlEncode}} for a query parameter value. */
    static String urlEncode(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** {@code {x.problemText}}: a message recorded in the words of the check that wrote it, in the reader's language. */
    static String problemText(String message) {
        return ProblemText.localize(message);
    }
}
