package org.helix.gateway.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.helix.gateway.GatewayConfig;
import org.helix.gateway.upstream.Upstream;
import org.helix.gateway.upstream.UpstreamRegistry;
import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the merged OpenAPI document ({@link OpenApiMerger}) at {@value #PATH}: each service's
 * {@code GET /q/openapi?format=json}, fetched in parallel and merged, kept for {@code helix.gateway.openapi.cache-ttl}
 * (a few seconds only while some service's document is missing). Concurrent requests share one fetch.
 */
public class OpenApiDocument implements Handler<RoutingContext> {

    public static final String PATH = "/openapi";
    private static final Logger LOG = Logger.getLogger(OpenApiDocument.class);
    private static final long INCOMPLETE_TTL_NANOS = 5_000_000_000L;

    private record Merged(Buffer json, long expiresAt) {
    }

    private final UpstreamRegistry registry;
    private final HttpClient client;
    private final String realmUrl;
    private final long ttlNanos;
    private final long fetchTimeoutMillis;

    private Merged cached;
    private Future<Merged> inFlight;

    public OpenApiDocument(UpstreamRegistry registry, HttpClient client, GatewayConfig.OpenApi config) {
        this.registry = registry;
        this.client = client;
        this.realmUrl = config.publicAuthServerUrl();
        this.ttlNanos = config.cacheTtl().toNanos();
        this.fetchTimeoutMillis = config.fetchTimeout().toMillis();
    }

    @Override
    public void handle(RoutingContext ctx) {
        current().onComplete(result -> {
            if (result.failed()) {
                ctx.fail(result.cause());
                return;
            }
            ctx.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .end(result.result().json());
        });
    }

    private synchronized Future<Merged> current() {
        if (cached != null && System.nanoTime() - cached.expiresAt() < 0) {
            return Future.succeededFuture(cached);
        }
        if (inFlight != null) {
            return inFlight;
        }
        Future<Merged> fetch = fetchAndMerge();
        inFlight = fetch;
        fetch.onComplete(done -> {
            synchronized (this) {
                if (inFlight == fetch) {
                    inFlight = null;
                }
                if (done.succeeded()) {
                    cached = done.result();
                }
            }
        });
        return fetch;
    }

    private Future<Merged> fetchAndMerge() {
        List<Upstream> upstreams = new ArrayList<>(registry.all());
        List<Future<JsonObject>> fetches = upstreams.stream().map(this::fetch).toList();
        Promise<Merged> merged = Promise.promise();
        Future.join(fetches).onComplete(ignored -> {
            try {
                Map<String, JsonObject> documents = new LinkedHashMap<>();
                Map<String, String> unavailable = new LinkedHashMap<>();
                for (int i = 0; i < upstreams.size(); i++) {
                    Future<JsonObject> fetch = fetches.get(i);
                    if (fetch.succeeded()) {
                        documents.put(upstreams.get(i).name(), fetch.result());
                    } else {
                        unavailable.put(upstreams.get(i).name(), fetch.cause().toString());
                        LOG.warnf("OpenAPI document of %s unavailable: %s", upstreams.get(i).name(), fetch.cause());
                    }
                }
                JsonObject document = OpenApiMerger.merge(documents, unavailable, realmUrl);
                long ttl = unavailable.isEmpty() ? ttlNanos : Math.min(ttlNanos, INCOMPLETE_TTL_NANOS);
                merged.complete(new Merged(document.toBuffer(), System.nanoTime() + ttl));
            } catch (RuntimeException e) {
                merged.fail(e);
            }
        });
        return merged.future();
    }

    private Future<JsonObject> fetch(Upstream upstream) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setURI(upstream.target("/q/openapi?format=json"))
                .putHeader(HttpHeaders.ACCEPT, "application/json")
                .setConnectTimeout(fetchTimeoutMillis)
                .setIdleTimeout(fetchTimeoutMillis);
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode());
                    }
                    return new JsonObject(body);
                }));
    }
}
