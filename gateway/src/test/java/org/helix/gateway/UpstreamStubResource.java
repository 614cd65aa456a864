package org.helix.gateway;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.helix.platform.infra.ServerEndpoints;
import org.helix.platform.testing.HelixTestServers;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts {@link UpstreamStub} and points the gateway's five upstreams at it (one server each), plus
 * {@value #FLAKY} and {@value #STOPPABLE} (servers the tests stop and start), and {@value #OFFLINE}, at a port
 * nobody listens on.
 * <p>
 * Tokens are checked against the real Keycloak of the test servers ({@link HelixTestServers}), reached only
 * through the stub's counting proxy, so a test can prove how often the gateway asked Keycloak. Discovery is off
 * for that reason (Keycloak's discovery document names its own address for the JWKS); the issuer is the realm's.
 */
public class UpstreamStubResource implements QuarkusTestResourceLifecycleManager {

    public static final List<String> SERVICES =
            List.of("governance", "talent-exchange", "incubation", "curriculum", "funding");
    public static final String FLAKY = "flaky";
    public static final String STOPPABLE = "stoppable";
    public static final String OFFLINE = "offline";

    /** Init arg: the issuer the gateway expects instead of the realm's own (to test the issuer check alone). */
    public static final String EXPECTED_ISSUER = "expectedIssuer";

    private UpstreamStub stub;
    private String expectedIssuer;

    @Override
    public void init(Map<String, String> initArgs) {
        expectedIssuer = initArgs.get(EXPECTED_ISSUER);
    }

    @Override
    public Map<String, String> start() {
        try {
            ServerEndpoints servers = HelixTestServers.endpoints();
            stub = new UpstreamStub();
            Map<String, String> config = new HashMap<>();
            List<String> names = new ArrayList<>(SERVICES);
            names.add(FLAKY);
            names.add(STOPPABLE);
            stub.start(names).forEach((service, port) ->
                    config.put("helix.gateway.upstream." + service, "http://localhost:" + port));
            config.put("helix.gateway.upstream." + OFFLINE, "http://localhost:" + closedPort());

            int keycloakProxy = stub.startKeycloakProxy(servers.keycloakUrl());
            config.put("quarkus.oidc.auth-server-url", "http://localhost:" + keycloakProxy + "/realms/helix");
            config.put("quarkus.oidc.discovery-enabled", "false");
            config.put("quarkus.oidc.jwks-path", "protocol/openid-connect/certs");
            config.put("quarkus.oidc.token.issuer", expectedIssuer != null ? expectedIssuer : servers.realmUrl());
            config.put("helix.gateway.openapi.public-auth-server-url", servers.realmUrl());
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
