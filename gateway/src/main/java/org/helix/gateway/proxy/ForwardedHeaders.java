package org.helix.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;

/** Sets {@code X-Forwarded-For}, {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} on an upstream request. */
public final class ForwardedHeaders {

    public static final String FOR = "X-Forwarded-For";
    public static final String PROTO = "X-Forwarded-Proto";
    public static final String HOST = "X-Forwarded-Host";

    private ForwardedHeaders() {
    }

    /**
     * X-Forwarded-For gets the client's address appended (after any list the client or a proxy in front already
     * sent); Proto and Host describe the request as the gateway received it (with
     * {@code quarkus.http.proxy.proxy-address-forwarding} on, as the trusted proxy in front reported it).
     */
    public static void apply(HttpServerRequest inbound, MultiMap upstreamHeaders) {
        SocketAddress remote = inbound.remoteAddress();
        String clientAddress = remote == null ? null
                : (remote.hostAddress() != null ? remote.hostAddress() : remote.host());
        if (clientAddress != null) {
            String prior = String.join(", ", inbound.headers().getAll(FOR));
            upstreamHeaders.set(FOR, prior.isBlank() ? clientAddress : prior + ", " + clientAddress);
        }
        upstreamHeaders.set(PROTO, inbound.scheme() == null ? "http" : inbound.scheme());
        String host = hostOf(inbound);
        if (host != null) {
            upstreamHeaders.set(HOST, host);
        } else {
            upstreamHeaders.remove(HOST);
        }
    }

    private static String hostOf(HttpServerRequest inbound) {
        HostAndPort authority = inbound.authority();
        if (authority == null || authority.host() == null) {
            return inbound.getHeader("Host");
        }
        return authority.port() >= 0 ? authority.host() + ":" + authority.port() : authority.host();
    }
}
