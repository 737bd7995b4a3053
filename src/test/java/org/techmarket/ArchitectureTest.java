package org.techmarket;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps features apart: features form no cycle, one reaches another's data only through its
 * service (never its repository, never holding its entities), and common knows no feature. Every
 * feature package is found on the class path, so a rule can never pass by checking nothing;
 * {@link ArchitectureFixtureTest} breaks each rule on purpose to show that it bites.
 */
class ArchitectureTest {

    static final String ROOT = "org.techmarket";
    static final List<String> FEATURES = List.of("account", "listing", "matching", "contract", "voucher", "deal",
            "notification", "stats", "challenge", "expo", "trade");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Common, the shared kernel, depends on no feature. */
    static ArchRule commonKnowsNoFeature(String root, List<String> features) {
        return noClasses().that().resideInAPackage(root + ".common..")
                .should().dependOnClassesThat().resideInAnyPackage(features.stream()
                        .map(f -> root + "." + f + "..").toArray(String[]::new));
    }

    /** No two features depend on each other, directly or around a circle. */
    static ArchRule noCyclesBetweenFeatures(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** A feature's repositories are used inside it only. */
    static ArchRule repositoriesStayInTheirFeature(String root, String feature, Class<?> repositoryType) {
        return noClasses().that().resideOutsideOfPackage(root + "." + feature + "..")
                .should().dependOnClassesThat(DescribedPredicate.and(
                        JavaClass.Predicates.resideInAPackage(root + "." + feature + ".."),
                        JavaClass.Predicates.assignableTo(repositoryType)));
    }

    /** No class keeps an entity of another feature in a field: it holds an id or a read-only view. */
    static ArchRule noForeignEntityHeld(String root, String feature, Class<? extends java.lang.annotation.Annotation> entity) {
        return classes().that().resideOutsideOfPackage(root + "." + feature + "..")
                .should(new ArchCondition<JavaClass>("hold no entity of " + feature) {
                    @Override
                    public void check(JavaClass holder, ConditionEvents events) {
                        for (JavaField field : holder.getFields()) {
                            for (JavaClass type : field.getType().getAllInvolvedRawTypes()) {
                                if (type.getPackageName().startsWith(root + "." + feature)
                                        && type.isAnnotatedWith(entity)) {
                                    events.add(SimpleConditionEvent.violated(field,
                                            field.getFullName() + " holds entity " + type.getName()));
                                }
                            }
                        }
                    }
                });
    }

    @Test
    void everyFeaturePackageExists() {
        for (String feature : FEATURES) {
            boolean found = CLASSES.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + "." + feature));
            if (!found) {
                throw new AssertionError("feature package " + feature + " has no classes: the rules would check nothing");
            }
        }
        List<String> packages = CLASSES.stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(ROOT + ".")).map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                .distinct().filter(p -> !p.equals("common") && !FEATURES.contains(p)).toList();
        if (!packages.isEmpty()) {
            throw new AssertionError("packages not listed as features (add them to FEATURES): " + packages);
        }
    }

    @Test
    void commonShouldNotDependOnAnyFeature() {
        commonKnowsNoFeature(ROOT, FEATURES).check(CLASSES);
    }

    @Test
    void featuresShouldFormNoCycle() {
        noCyclesBetweenFeatures(ROOT).check(CLASSES);
    }

    @Test
    void featuresShouldNotUseAnotherFeaturesRepositories() {
        FEATURES.forEach(f -> repositoriesStayInTheirFeature(ROOT, f, PanacheRepositoryBase.class).check(CLASSES));
    }

    @Test
    void featuresShouldNotHoldAnotherFeaturesEntities() {
        FEATURES.forEach(f -> noForeignEntityHeld(ROOT, f, Entity.class).check(CLASSES));
    }

    @Test
    void repositoriesShouldBeNamedAfterWhatTheyStore() {
        classes().that().implement(PanacheRepositoryBase.class)
                .should().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

}
