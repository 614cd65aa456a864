package org.helix.gateway;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.vertx.core.MultiMap;

/**
 * Copies end-to-end headers from one message to another, leaving out the hop-by-hop ones (RFC 9110 §7.6.1):
 * Connection and every header it names, Keep-Alive, Transfer-Encoding, TE, Trailer, Upgrade, Proxy-*.
 */
public final class HopByHopHeaders {

    private static final Set<String> ALWAYS_HOP_BY_HOP = Set.of(
            "connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
            "proxy-connection", "proxy-authenticate", "proxy-authorization",
            // answered by the gateway's own HTTP server, never passed on
            "expect");

    private HopByHopHeaders() {
    }

    public static boolean isHopByHop(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ALWAYS_HOP_BY_HOP.contains(lower) || lower.startsWith("proxy-");
    }

    /**
     * Adds every end-to-end header of {@code from} to {@code to}.
     *
     * @param skip further header names (lower case) not to copy
     */
    public static void copyEndToEnd(MultiMap from, MultiMap to, Set<String> skip) {
        Set<String> namedByConnection = connectionTokens(from);
        for (Map.Entry<String, String> header : from) {
            String lower = header.getKey().toLowerCase(Locale.ROOT);
            if (isHopByHop(lower) || namedByConnection.contains(lower) || skip.contains(lower)) {
                continue;
            }
            to.add(header.getKey(), header.getValue());
        }
    }

    private static Set<String> connectionTokens(MultiMap headers) {
        Set<String> tokens = new HashSet<>();
        for (String value : headers.getAll("Connection")) {
            for (String token : value.split(",")) {
                String trimmed = token.trim();
                if (!trimmed.isEmpty()) {
                    tokens.add(trimmed.toLowerCase(Locale.ROOT));
                }
            }
        }
        return tokens;
    }
}
