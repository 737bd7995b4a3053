package org.techmarket.common;

/** Keeps "next" redirects on this site (no open redirects). */
public final class SafeRedirect {
    private SafeRedirect() {
    }

    public static String localPath(String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n")) {
            return "/";
        }
        return next;
    }
}
