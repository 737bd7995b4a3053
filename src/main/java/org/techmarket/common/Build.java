package org.techmarket.common;

/** Names this build: pages' validators carry it, so a new deployment (new templates) changes every tag. */
public final class Build {

    public static final String ID = id();

    private Build() {
    }

    private static String id() {
        try {
            var source = Build.class.getProtectionDomain().getCodeSource();
            var path = source == null ? null : java.nio.file.Path.of(source.getLocation().toURI());
            if (path != null && java.nio.file.Files.isRegularFile(path)) {
                return Hashes.sha256(java.nio.file.Files.readAllBytes(path)).substring(0, 10);
            }
        } catch (Exception e) {
            // Not from a jar (tests, dev mode): the start time tells builds apart.
        }
        return Long.toString(System.currentTimeMillis(), 36);
    }
}
