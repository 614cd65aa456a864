package org.helix.platform.web.observability;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helix.platform.edge.EdgeLimits;
import org.helix.platform.edge.ProblemTypes;
import org.helix.platform.web.problem.Problem;

/**
 * Refuses a body declared larger than {@code helix.http.max-body-size} with a 413 problem before reading it.
 * Bodies sent without a length are cut off by Quarkus's own limit ({@code quarkus.http.limits.max-body-size}).
 */
@Singleton
public class BodySizeLimitFilter {

    @ConfigProperty(name = "helix.http.max-body-size", defaultValue = "" + EdgeLimits.MAX_BODY_BYTES)
    long maxBodySize;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && isOver(length)) {
                JsonObject problem = new JsonObject()
                        .put("type", ProblemTypes.uri(ProblemTypes.PAYLOAD_TOO_LARGE))
                        .put("title", "Payload too large")
                        .put("status", 413)
                        .put("detail", "The request body may be at most " + maxBodySize + " bytes")
                        .put("instance", context.request().path())
                        .put("requestId", (String) context.get(RequestIds.MDC_KEY));
                context.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(problem.encode());
                return;
            }
            context.next();
        }, 900);
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
