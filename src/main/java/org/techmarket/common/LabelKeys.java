package org.techmarket.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The message-key prefix of an enum's values: with {@code @LabelKeys("field")},
 * {@code TechField.NEW_MATERIALS} is shown by the key {@code field_NEW_MATERIALS} of the feature's
 * bundle ({@code {ls:message(listing.field.label)}}). Every enum that reaches a page carries it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LabelKeys {
    String value();
}
