package org.helix.gateway.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vertx.core.MultiMap;

/**
 * Copies end-to-end headers from one message to another, leaving out the hop-by-hop ones (RFC 9110 §7.6.1):
 * Connection and every header it names, Keep-Alive, Transfer-Encoding, TE, Trailer, Upgrade, Proxy-*.
 */
public final class HopByHopHeaders {

    private static final HeaderNames ALWAYS_HOP_BY_HOP = HeaderNames.of(List.of(
            "connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
            // answered by the gateway's own HTTP server, never passed on
            "expect"), List.of("proxy-"));

    private HopByHopHeaders() {
    }

    public static boolean isHopByHop(String name) {
        return ALWAYS_HOP_BY_HOP.contains(name);
    }

    /**
     * Adds every end-to-end header of {@code from} to {@code to}.
     *
     * @param skip further header names not to copy
     */
    static void copyEndToEnd(MultiMap from, MultiMap to, HeaderNames skip) {
        List<String> namedByConnection = connectionTokens(from);
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey();
            if (isHopByHop(name) || skip.contains(name) || isNamedBy(namedByConnection, name)) {
                continue;
            }
            to.add(name, header.getValue());
        }
    }

    private static boolean isNamedBy(List<String> tokens, String name) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> connectionTokens(MultiMap headers) {
        if (!headers.contains("Connection")) {
            return List.of();
        }
        List<String> tokens = new ArrayList<>(2);
        for (String value : headers.getAll("Connection")) {
            for (String token : value.split(",")) {
                String trimmed = token.trim();
                if (!trimmed.isEmpty()) {
                    tokens.add(trimmed);
                }
            }
        }
        return tokens;
    }
}
