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

    public static Language of(RoutingContext request) {
        if (request == null) {
            return ZH;
        }
        Cookie cookie = request.request().getCookie(COOKIE);
        return cookie == null ? ZH : fromTag(cookie.getValue());
    }
}
