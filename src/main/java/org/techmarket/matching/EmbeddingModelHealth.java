package org.techmarket.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The embedding model in {@code /q/health/ready}: up while it is loaded or not needed yet (it loads
 * on first use), down with the error when it failed to load.
 */
@Readiness
@ApplicationScoped
public class EmbeddingModelHealth implements HealthCheck {

    @Inject
    BgeSmallZhEmbedder embedder;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("embedding-model").withData("model", BgeSmallZhEmbedder.MODEL)
                .withData("loaded", embedder.loaded());
        return embedder.failure() == null ? response.up().build() : response.down().withData("error", embedder.failure()).build();
    }
}
