package org.techmarket.common;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Keeps "next" redirects on this site (no open redirects): a value is used only when it parses as
 * a path on this host (no scheme, no authority, no backslash, no whitespace or control
 * character); anything else, malformed included, sends the user to the home page.
 */
public final class SafeRedirect {
    private SafeRedirect() {
    }

    /** The local path to redirect to, in ASCII (non-ASCII characters percent-encoded), or "/". */
    public static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.length() > 2000) {
            return "/";
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c <= 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\\' || c == '<' || c == '>'
                    || c == '"' || c == '`' || c == '{' || c == '}' || c == '|' || c == '^') {
                return "/";
            }
        }
        try {
            URI uri = new URI(next);
            if (uri.isAbsolute() || uri.getRawAuthority() != null || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("//")) {
                return "/";
            }
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    /** The local path as a URI, for {@code Response.seeOther}. */
    public static URI localUri(String next) {
        return URI.create(localPath(next));
    }
}
