package org.techmarket;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techmarket.archfixture.FixtureEntity;
import org.techmarket.archfixture.FixtureRepository;

/** Each rule of {@link ArchitectureTest}, run on a fixture that breaks it: the rule must fail, naming the culprit. */
class ArchitectureFixtureTest {

    private static final String ROOT = "org.techmarket.archfixture";
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(ROOT);

    private static void bites(ArchRule rule, String culprit) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(FIXTURE));
        assertTrue(failure.getMessage().contains(culprit), failure.getMessage());
    }

    @Test
    void commonImportingAFeatureFails() {
        bites(ArchitectureTest.commonKnowsNoFeature(ROOT, List.of("alpha", "beta")), "Shared");
    }

    @Test
    void aCycleBetweenFeaturesFails() {
        bites(ArchitectureTest.noCyclesBetweenFeatures(ROOT), "BetaService");
    }

    @Test
    void anotherFeaturesRepositoryFails() {
        bites(ArchitectureTest.repositoriesStayInTheirFeature(ROOT, "alpha", FixtureRepository.class), "alphaThings");
    }

    @Test
    void holdingAnotherFeaturesEntityFails() {
        bites(ArchitectureTest.noForeignEntityHeld(ROOT, "alpha", FixtureEntity.class), "BetaService.held");
    }
}
