package org.techmarket.common;

import io.quarkus.qute.TemplateExtension;

/** The one template extension for enum labels: {@code {x.label}} is the message key of the value (see {@link LabelKeys}). */
@TemplateExtension
public final class EnumLabels {

    private static final ClassValue<String> PREFIXES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            LabelKeys keys = type.getAnnotation(LabelKeys.class);
            if (keys == null) {
                throw new IllegalStateException(type.getName() + " reaches a page without @LabelKeys");
            }
            return keys.value();
        }
    };

    private EnumLabels() {
    }

    /** {@code field_NEW_MATERIALS} for {@code TechField.NEW_MATERIALS}. */
    public static String label(Enum<?> value) {
        return key(value);
    }

    public static String key(Enum<?> value) {
        return PREFIXES.get(value.getDeclaringClass()) + "_" + value.name();
    }
}
