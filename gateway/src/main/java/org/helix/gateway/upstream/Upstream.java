package org.helix.gateway.upstream;

import java.net.URI;

/**
 * One upstream service: where requests for {@code /api/{name}/...} go.
 *
 * @param name the service name as it appears in the path
 * @param host host name or address
 * @param port TCP port (the scheme's default when the URL has none)
 * @param ssl whether to speak TLS
 * @param basePath path prefix of the base URL without trailing slash, usually empty
 */
public record Upstream(String name, String host, int port, boolean ssl, String basePath) {

    /** Validates a configured base URL and turns it into an {@link Upstream}. */
    public static Upstream of(String name, URI baseUrl) {
        if (baseUrl == null) {
            throw new IllegalArgumentException("helix.gateway.upstream." + name + " is empty");
        }
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("helix.gateway.upstream." + name + "=" + baseUrl
                    + ": scheme must be http or https");
        }
        if (baseUrl.getHost() == null || baseUrl.getHost().isBlank()) {
            throw new IllegalArgumentException("helix.gateway.upstream." + name + "=" + baseUrl + ": no host");
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("helix.gateway.upstream." + name + "=" + baseUrl
                    + ": a base URL has no query or fragment");
        }
        boolean ssl = scheme.equals("https");
        int port = baseUrl.getPort() != -1 ? baseUrl.getPort() : (ssl ? 443 : 80);
        String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new Upstream(name, baseUrl.getHost(), port, ssl, path);
    }

    /** The request target to send upstream for an incoming request target (path and query, unchanged). */
    public String target(String incomingUri) {
        return basePath + incomingUri;
    }

    @Override
    public String toString() {
        return name + " -> " + (ssl ? "https://" : "http://") + host + ":" + port + basePath;
    }
}
