package org.techmarket.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.techmarket.listing.ListingKind;

/**
 * Reports this instance's vector index in {@code /q/health/ready}: whether it is loaded and how many
 * vectors it holds, and up to when it has read the stored vectors. Always up: while it loads, matching uses words only and everything else works.
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
                // Up to when this instance has read the stored vectors (the others' included): a cluster check
                // compares it with a vector's computed_at to see that the vector reached this instance.
                .withData("seenUpTo", vectors.seenUpTo().toString())
                .build();
    }
}
