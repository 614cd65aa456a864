package org.helix.gateway.health;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.helix.gateway.GatewayConfig;
import org.helix.gateway.upstream.Upstream;
import org.helix.gateway.upstream.UpstreamRegistry;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Readiness of the gateway, with the reachability of each upstream ({@code GET <upstream>/q/health/live}) as
 * data. The gateway stays ready when an upstream is down: it still routes to the others and answers for the
 * missing one with a 503 problem; taking the gateway out of service would only make things worse.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadinessCheck implements AsyncHealthCheck {

    static final String NAME = "upstreams";
    static final String PROBE_PATH = "/q/health/live";

    private final UpstreamRegistry registry;
    private final HttpClient probeClient;
    private final long timeoutMillis;

    public UpstreamsReadinessCheck(UpstreamRegistry registry, GatewayConfig config, Vertx vertx) {
        this.registry = registry;
        this.timeoutMillis = config.healthProbeTimeout().toMillis();
        // its own small client, so probes neither wait behind nor occupy the proxy's pooled connections
        this.probeClient = vertx.createHttpClient(new HttpClientOptions()
                .setName("helix-gateway-probe")
                .setKeepAlive(false)
                .setConnectTimeout((int) timeoutMillis));
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Upstream> upstreams = new ArrayList<>(registry.all());
        List<Future<String>> probes = upstreams.stream().map(this::probe).toList();
        Future<HealthCheckResponse> response = Future.join(probes).transform(ignored -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named(NAME).up();
            long up = 0;
            for (int i = 0; i < upstreams.size(); i++) {
                String status = probes.get(i).result();
                builder.withData(upstreams.get(i).name(), status);
                if ("UP".equals(status)) {
                    up++;
                }
            }
            builder.withData("reachable", up + "/" + upstreams.size());
            return Future.succeededFuture(builder.build());
        });
        return Uni.createFrom().completionStage(response.toCompletionStage());
    }

    /** "UP", or "DOWN (why)"; never fails. */
    private Future<String> probe(Upstream upstream) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setURI(upstream.target(PROBE_PATH))
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis);
        return probeClient.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(ignored -> response.statusCode()))
                .map(status -> status >= 200 && status < 300 ? "UP" : "DOWN (HTTP " + status + ")")
                .otherwise(failure -> "DOWN (" + describe(failure) + ")");
    }

    private static String describe(Throwable failure) {
        if (failure instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (failure instanceof java.util.concurrent.TimeoutException
                || failure instanceof io.netty.channel.ConnectTimeoutException) {
            return "timeout";
        }
        if (failure instanceof java.net.UnknownHostException) {
            return "unknown host";
        }
        return failure.getClass().getSimpleName();
    }

    @PreDestroy
    void close() {
        probeClient.close();
    }
}
