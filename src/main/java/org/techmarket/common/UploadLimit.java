package org.techmarket.common;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The body limit of the upload routes (signed contracts, redemption proofs) is the real cap of what
 * they accept, {@link UploadedFiles#MAX_BYTES} plus room for the multipart envelope, not the
 * platform's general limit (which spreadsheet imports need): a larger body is answered 413 before
 * it is read.
 */
@ApplicationScoped
public class UploadLimit {

    static final long LIMIT = UploadedFiles.MAX_BYTES + 64 * 1024;

    void install(@Observes Router router) {
        router.routeWithRegex(HttpMethod.POST, "/(api/v1/)?(contracts/[0-9]+/document|redemptions/[0-9]+/proof)")
                .order(Integer.MIN_VALUE + 20).handler(context -> {
                    String length = context.request().getHeader("Content-Length");
                    if (length != null) {
                        try {
                            if (Long.parseLong(length.strip()) > LIMIT) {
                                context.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json")
                                        .putHeader("Connection", "close")
                                        .end("{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
                                                + "\"detail\":\"The file is larger than 10 MB\",\"errors\":[{\"field\":\"file\","
                                                + "\"message\":\"the file is larger than 10 MB\"}]}");
                                return;
                            }
                        } catch (NumberFormatException e) {
                            context.response().setStatusCode(400).end();
                            return;
                        }
                    }
                    context.next();
                });
    }
}
