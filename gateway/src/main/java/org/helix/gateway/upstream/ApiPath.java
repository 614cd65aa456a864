package org.helix.gateway.upstream;

import java.util.Optional;

/** Reads the service name out of a path of the form {@code /api/{service}/...}. */
public final class ApiPath {

    public static final String PREFIX = "/api/";

    private ApiPath() {
    }

    /**
     * @param normalizedPath the request path after dot-segment removal (what the router matched on)
     * @return the {@code {service}} segment, empty when the path has none
     */
    public static Optional<String> serviceOf(String normalizedPath) {
        if (normalizedPath == null || !normalizedPath.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int start = PREFIX.length();
        int end = normalizedPath.indexOf('/', start);
        String service = end < 0 ? normalizedPath.substring(start) : normalizedPath.substring(start, end);
        return service.isEmpty() ? Optional.empty() : Optional.of(service);
    }
}
