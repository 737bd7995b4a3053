package org.techmarket.common;

import io.quarkus.qute.TemplateExtension;

/** 技术就绪水平 (TRL 1–9, GB/T 22900): the message key that describes a level, {@code {fm:message(trl:key(level))}}. */
@TemplateExtension(namespace = "trl")
public final class Maturity {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 9;

    private Maturity() {
    }

    public static String key(Number level) {
        int value = level == null ? 0 : level.intValue();
        return value >= LOWEST && value <= HIGHEST ? "trl_" + value : "trl_choose";
    }

    /** Whether a form's typed maturity is this level. */
    public static boolean selected(Object value, int level) {
        return value != null && value.toString().strip().equals(String.valueOf(level));
    }
}
