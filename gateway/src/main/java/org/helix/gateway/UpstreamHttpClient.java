package org.helix.gateway;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

/** The one pooled keep-alive HTTP client the gateway uses to talk to its upstreams. */
@Singleton
public class UpstreamHttpClient {

    /** Seconds an idle pooled connection is kept; below the upstreams' own idle timeout. */
    private static final int KEEP_ALIVE_SECONDS = 60;
    /** Same as the gateway's own server limit (Quarkus default), so upstream headers fit what clients may send. */
    private static final int MAX_HEADER_SIZE = 20 * 1024;

    private final HttpClient client;

    public UpstreamHttpClient(Vertx vertx, GatewayConfig config) {
        HttpClientOptions options = new HttpClientOptions()
                .setName("helix-gateway-upstream")
                .setKeepAlive(true)
                .setKeepAliveTimeout(KEEP_ALIVE_SECONDS)
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxHeaderSize(MAX_HEADER_SIZE)
                // bodies pass through as they are, compressed or not
                .setDecompressionSupported(false);
        PoolOptions pool = new PoolOptions()
                .setHttp1MaxSize(config.maxConnectionsPerUpstream());
        this.client = vertx.createHttpClient(options, pool);
    }

    public HttpClient get() {
        return client;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
