package org.helix.gateway.chain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.helix.gateway.problem.ProblemResponder;
import org.helix.gateway.problem.ProblemType;
import org.helix.gateway.telemetry.RequestIds;
import org.helix.gateway.upstream.Upstream;
import org.helix.gateway.upstream.UpstreamRegistry;
import org.helix.gateway.upstream.UpstreamRoute;
import org.helix.platform.edge.RequestIdRule;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * {@value #PATH}: asks every service for its part of one chain of work ({@code GET
 * /api/<service>/admin/correlations/{id}}, with the caller's token, which each service checks: admin only) and answers
 * with all the parts and one timeline of them, oldest first. A service that does not answer is named under
 * {@code unavailable}; the chain is shown without it. When no service lets the caller see its part, the caller gets
 * that service's refusal (401 or 403).
 */
public class CorrelationChainHandler implements Handler<RoutingContext> {

    public static final String PATH = "/api/admin/correlations/:correlationId";

    private final UpstreamRegistry registry;
    private final HttpClient client;

    public CorrelationChainHandler(UpstreamRegistry registry, HttpClient client) {
        this.registry = registry;
        this.client = client;
    }

    private record Part(Upstream upstream, int status, Buffer body, String failure) {
    }

    @Override
    public void handle(RoutingContext ctx) {
        String correlationId = ctx.pathParam("correlationId");
        if (!RequestIdRule.acceptable(correlationId)) {
            ProblemResponder.send(ctx, ProblemType.INVALID_PARAMETER, "correlationId: must be a request id: 1 to "
                    + RequestIdRule.MAX_LENGTH + " visible ASCII characters");
            return;
        }
        List<UpstreamRoute> routes = registry.routes();
        List<Future<Part>> asks = routes.stream().map(route -> ask(route, correlationId, ctx)).toList();
        Future.join(asks).onComplete(ignored -> answer(ctx, correlationId, asks.stream()
                .map(Future::result).toList()));
    }

    private Future<Part> ask(UpstreamRoute route, String correlationId, RoutingContext ctx) {
        Upstream upstream = route.upstream();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setURI(upstream.target("/api/" + upstream.name() + "/admin/correlations/"
                        + URLEncoder.encode(correlationId, StandardCharsets.UTF_8)))
                .putHeader(HttpHeaders.ACCEPT, "application/json")
                .putHeader(RequestIds.HEADER, RequestIds.of(ctx))
                .setConnectTimeout(route.settings().connectTimeoutMillis())
                .setIdleTimeout(route.settings().responseTimeoutMillis());
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            options.putHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> new Part(upstream, response.statusCode(), body,
                        null)))
                .recover(failure -> Future.succeededFuture(new Part(upstream, 0, null, failure.toString())));
    }

    private static void answer(RoutingContext ctx, String correlationId, List<Part> parts) {
        JsonArray services = new JsonArray();
        JsonObject unavailable = new JsonObject();
        List<JsonObject> timeline = new ArrayList<>();
        Part refusal = null;
        for (Part part : parts) {
            if (part.status() == 200) {
                JsonObject view = part.body().toJsonObject();
                services.add(view);
                timeline.addAll(links(part.upstream().name(), view));
            } else if (part.status() == 401 || part.status() == 403) {
                refusal = refusal == null ? part : refusal;
            } else {
                unavailable.put(part.upstream().name(), part.failure() != null ? part.failure()
                        : "HTTP " + part.status());
            }
        }
        if (services.isEmpty() && refusal != null) {
            ctx.response().setStatusCode(refusal.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponder.MEDIA_TYPE)
                    .end(refusal.body());
            return;
        }
        timeline.sort(Comparator.comparing((JsonObject link) -> instant(link.getString("at")))
                .thenComparing(link -> link.getString("service")));
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(new JsonObject()
                        .put("correlationId", correlationId)
                        .put("timeline", new JsonArray(timeline))
                        .put("services", services)
                        .put("unavailable", unavailable)
                        .toBuffer());
    }

    private static Instant instant(String at) {
        try {
            return at == null ? Instant.MIN : Instant.parse(at);
        } catch (DateTimeParseException e) {
            return Instant.MIN;
        }
    }

    /** One service's part as timeline entries: what happened, where, when. */
    private static List<JsonObject> links(String service, JsonObject view) {
        List<JsonObject> links = new ArrayList<>();
        for (Object change : view.getJsonArray("changes", new JsonArray())) {
            JsonObject entry = (JsonObject) change;
            links.add(new JsonObject().put("at", entry.getString("occurredAt")).put("service", service)
                    .put("kind", "CHANGE").put("what", entry.getString("action") + " "
                            + entry.getString("resourceType") + "/" + entry.getString("resourceId")));
        }
        addEvents(links, service, "PUBLISHED", view.getJsonArray("published", new JsonArray()));
        addEvents(links, service, "APPLIED", view.getJsonArray("applied", new JsonArray()));
        return links;
    }

    private static void addEvents(List<JsonObject> links, String service, String kind, JsonArray events) {
        for (Object event : events) {
            JsonObject link = (JsonObject) event;
            links.add(new JsonObject().put("at", link.getString("at")).put("service", service).put("kind", kind)
                    .put("what", link.getString("type") + " " + link.getString("eventId")));
        }
    }
}
