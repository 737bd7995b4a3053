package org.techmarket.common;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Reads a text of a page bundle ({@code messages/<bundle>.properties}, English in {@code _en}) from
 * Java, for texts chosen at run time (an audit action, a stored state) rather than named in a template.
 */
public final class Bundles {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundles() {
    }

    public static Optional<String> text(String bundle, String key, Language language) {
        try {
            // zh is the base file; Locale.ROOT keeps the JVM's default locale out of the choice.
            return Optional.of(ResourceBundle.getBundle("messages." + bundle,
                    language == Language.EN ? Locale.ENGLISH : Locale.ROOT, NO_FALLBACK).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** Puts values into a bundle text's {@code {p0}}, {@code {p1}} … (the bundles are Qute's, so no MessageFormat). */
    public static String fill(String pattern, java.util.List<String> values) {
        String out = pattern;
        for (int i = 0; i < values.size(); i++) {
            out = out.replace("{p" + i + "}", values.get(i));
        }
        return out;
    }

    /**
     * The language of a template's {@code locale} attribute (a Locale or a tag) when the resource set one,
     * else that of the current request (as the message bundles of the page choose it).
     */
    public static Language language(Object locale) {
        if (locale instanceof Locale l) {
            return Language.fromTag(l.toLanguageTag());
        }
        return locale == null ? ProblemText.currentLanguage() : Language.fromTag(locale.toString());
    }
}
