package org.techmarket.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.techmarket.listing.ListingKind;

/**
 * Reports this instance's vector index in {@code /q/health/ready}: whether it is loaded and how many
 * vectors it holds. Always up: while it loads, matching uses words only and everything else works.
 */
@Readiness
@ApplicationScoped
public class VectorIndexHealth implements HealthCheck {

    @Inject
    ListingVectors vectors;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("vector-index").up()
                .withData("loaded", vectors.ready())
                .withData("results", vectors.size(ListingKind.RESULT))
                .withData("needs", vectors.size(ListingKind.NEED))
                .build();
    }
}
