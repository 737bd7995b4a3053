package org.techmarket.archfixture;

/** Stands for Panache's repository base in the fixture (a real one would become a bean of the tested application). */
public interface FixtureRepository<T> {
}
