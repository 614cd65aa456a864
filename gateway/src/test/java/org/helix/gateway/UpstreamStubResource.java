package org.helix.gateway;

import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts {@link UpstreamStub} and points the gateway's five upstreams at it (one server each), plus a sixth
 * service, {@value #OFFLINE}, at a port nobody listens on.
 */
public class UpstreamStubResource implements QuarkusTestResourceLifecycleManager {

    public static final List<String> SERVICES =
            List.of("governance", "talent-exchange", "incubation", "curriculum", "funding");
    public static final String OFFLINE = "offline";

    private UpstreamStub stub;

    @Override
    public Map<String, String> start() {
        try {
            stub = new UpstreamStub();
            Map<String, String> config = new HashMap<>();
            stub.start(SERVICES).forEach((service, port) ->
                    config.put("helix.gateway.upstream." + service, "http://localhost:" + port));
            config.put("helix.gateway.upstream." + OFFLINE, "http://localhost:" + closedPort());
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("upstream stub failed to start", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (stub != null) {
                stub.stop();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
