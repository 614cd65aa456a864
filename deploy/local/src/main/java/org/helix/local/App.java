package org.helix.local;

import java.util.Arrays;
import java.util.List;

/** The Helix applications: five services, each with its own database, and the gateway in front of them. */
public enum App {

    GOVERNANCE("governance-service", "governance", 8081, "HELIX_GATEWAY_UPSTREAM_GOVERNANCE"),
    TALENT_EXCHANGE("talent-exchange-service", "talent", 8082, "HELIX_GATEWAY_UPSTREAM_TALENT_EXCHANGE"),
    INCUBATION("incubation-service", "incubation", 8083, "HELIX_GATEWAY_UPSTREAM_INCUBATION"),
    CURRICULUM("curriculum-service", "curriculum", 8084, "HELIX_GATEWAY_UPSTREAM_CURRICULUM"),
    FUNDING("funding-service", "funding", 8085, "HELIX_GATEWAY_UPSTREAM_FUNDING"),
    GATEWAY("gateway", null, 8080, null);

    private final String module;
    private final String database;
    private final int localPort;
    private final String gatewayUpstreamVariable;

    App(String module, String database, int localPort, String gatewayUpstreamVariable) {
        this.module = module;
        this.database = database;
        this.localPort = localPort;
        this.gatewayUpstreamVariable = gatewayUpstreamVariable;
    }

    /** The five services (everything but the gateway), in start order. */
    public static List<App> services() {
        return Arrays.stream(values()).filter(App::isService).toList();
    }

    /** The Maven module that packages it, also its process name (pid and log file). */
    public String module() {
        return module;
    }

    /** The database name without prefix; null for the gateway, which has none. */
    public String database() {
        return database;
    }

    public int localPort() {
        return localPort;
    }

    /** The gateway's environment variable naming this service's base URL; null for the gateway itself. */
    public String gatewayUpstreamVariable() {
        return gatewayUpstreamVariable;
    }

    public boolean isService() {
        return this != GATEWAY;
    }

    /** Explicit heap for the app's JVM: never the machine default. */
    public String maxHeap() {
        return isService() ? "256m" : "192m";
    }
}
