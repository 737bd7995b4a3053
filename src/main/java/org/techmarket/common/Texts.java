package org.techmarket.common;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages that services put into field errors, in the user's language. They share the
 * ValidationMessages bundles with Bean Validation, so a field error reads the same whichever
 * check found it.
 */
@ApplicationScoped
public class Texts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Inject
    CurrentVertxRequest request;

    public String get(String key) {
        return get(key, language().locale);
    }

    /** The language of the current request (the switch cookie, else an API client's Accept-Language); Chinese outside one. */
    public Language language() {
        try {
            return Language.of(request.getCurrent());
        } catch (ContextNotActiveException e) {
            return Language.ZH;
        }
    }

    public static String get(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle("ValidationMessages", locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
