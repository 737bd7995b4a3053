package org.techmarket.common;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/** The two page languages: Chinese (zh-CN) by default, English when the user switched to it. */
public enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE, "zh-CN"),
    EN(Locale.ENGLISH, "en");

    public static final String COOKIE = "techmarket-lang";

    public final Locale locale;
    public final String tag;

    Language(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    public static Language fromTag(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
    }

    /**
     * The switch cookie's language, else the first of ours that Accept-Language prefers (for pages the
     * route filter has already set it to the cookie's), else Chinese.
     */
    public static Language of(RoutingContext request) {
        if (request == null) {
            return ZH;
        }
        Cookie cookie = request.request().getCookie(COOKIE);
        return cookie != null ? fromTag(cookie.getValue()) : fromAcceptLanguage(request.request().getHeader("Accept-Language"));
    }

    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ZH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("en")) {
                    return EN;
                }
                if (tag.startsWith("zh") || tag.equals("*")) {
                    return ZH;
                }
            }
        } catch (IllegalArgumentException e) {
            return ZH;
        }
        return ZH;
    }
}
