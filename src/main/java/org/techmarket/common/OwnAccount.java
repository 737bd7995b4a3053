package org.techmarket.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint about the logged-in person's own account (who am I, notifications, password,
 * tokens, their organisation's registration): open to them whatever their {@link Standing}. Every
 * other endpoint that needs a login is organisation-scoped and {@link StandingFilter} admits only
 * members in good standing.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OwnAccount {
}
