package org.techmarket;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps features apart: one feature reaches another only through its service, and common knows no feature. */
class ArchitectureTest {

    private static final List<String> FEATURES = List.of("account", "listing", "matching", "contract", "voucher",
            "challenge", "stats");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.techmarket");

    @Test
    void commonShouldNotDependOnAnyFeature() {
        noClasses().that().resideInAPackage("org.techmarket.common..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream()
                        .map(f -> "org.techmarket." + f + "..").toArray(String[]::new))
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void featuresShouldNotUseAnotherFeaturesRepositories() {
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackage("org.techmarket." + feature + "..")
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                    "org.techmarket." + feature + ".."),
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                                    PanacheRepositoryBase.class)))
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void repositoriesShouldBeNamedAfterWhatTheyStore() {
        classes().that().implement(PanacheRepositoryBase.class)
                .should().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }
}
