package org.techmarket.archfixture;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stands for {@code @Entity} in the fixture (a real one would become a table of the tested application). */
@Retention(RetentionPolicy.RUNTIME)
public @interface FixtureEntity {
}
