package org.helix.gateway;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

/** The routing table: service name → {@link Upstream}, validated once at startup. */
@Singleton
public class UpstreamRegistry {

    private static final Logger LOG = Logger.getLogger(UpstreamRegistry.class);

    private final Map<String, Upstream> upstreams;

    public UpstreamRegistry(GatewayConfig config) {
        Map<String, Upstream> table = new TreeMap<>();
        config.upstream().forEach((name, url) -> table.put(name, Upstream.of(name, url)));
        this.upstreams = Collections.unmodifiableMap(table);
        LOG.infof("Gateway routes: %s", upstreams.values());
    }

    public Optional<Upstream> find(String serviceName) {
        return Optional.ofNullable(upstreams.get(serviceName));
    }

    public Collection<Upstream> all() {
        return upstreams.values();
    }
}
