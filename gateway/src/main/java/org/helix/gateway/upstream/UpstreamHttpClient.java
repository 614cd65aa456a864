package org.helix.gateway.upstream;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helix.gateway.GatewayConfig;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

/**
 * The pooled keep-alive HTTP clients the gateway uses to talk to its upstreams: one per event loop.
 * <p>
 * A Vert.x client pool hands any idle connection to any caller; a connection opened on another event loop than
 * the caller's means two thread hand-offs per proxied request (out and back). With one client per event loop, every
 * upstream connection lives on the event loop of the requests that use it: no hand-off, no extra wake-up.
 */
@Singleton
public class UpstreamHttpClient {

    /** Seconds an idle pooled connection is kept; below the upstreams' own idle timeout. */
    private static final int KEEP_ALIVE_SECONDS = 60;
    /** Same as the gateway's own server limit (Quarkus default), so upstream headers fit what clients may send. */
    private static final int MAX_HEADER_SIZE = 20 * 1024;

    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions pool;
    private final HttpClient shared;
    private final List<HttpClient> perEventLoop = new CopyOnWriteArrayList<>();
    private final ThreadLocal<HttpClient> current = new ThreadLocal<>();

    public UpstreamHttpClient(Vertx vertx, GatewayConfig config,
            @ConfigProperty(name = "quarkus.vertx.event-loops-pool-size") java.util.Optional<Integer> eventLoops) {
        this.vertx = vertx;
        this.options = new HttpClientOptions()
                .setName("helix-gateway-upstream")
                .setKeepAlive(true)
                .setKeepAliveTimeout(KEEP_ALIVE_SECONDS)
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxHeaderSize(MAX_HEADER_SIZE)
                .setTcpNoDelay(true)
                // bodies pass through as they are, compressed or not
                .setDecompressionSupported(false);
        // helix.gateway.max-connections-per-upstream is the total; each event loop's client gets its share
        int loops = eventLoops.orElse(2 * Runtime.getRuntime().availableProcessors());
        int share = Math.max(4, (config.maxConnectionsPerUpstream() + loops - 1) / loops);
        this.pool = new PoolOptions().setHttp1MaxSize(share);
        this.shared = vertx.createHttpClient(options, new PoolOptions()
                .setHttp1MaxSize(config.maxConnectionsPerUpstream()));
    }

    /** The client of the calling event loop (created on first use); off an event loop, a shared one. */
    public HttpClient get() {
        if (!Context.isOnEventLoopThread()) {
            return shared;
        }
        HttpClient client = current.get();
        if (client == null) {
            client = vertx.createHttpClient(options, pool);
            current.set(client);
            perEventLoop.add(client);
        }
        return client;
    }

    @PreDestroy
    void close() {
        perEventLoop.forEach(HttpClient::close);
        shared.close();
    }
}
