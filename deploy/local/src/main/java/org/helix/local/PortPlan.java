package org.helix.local;

import org.helix.platform.infra.Ports;

import java.util.EnumMap;
import java.util.Map;

/** Which HTTP port each app listens on. */
public record PortPlan(Map<App, Integer> ports) {

    public PortPlan {
        for (App app : App.values()) {
            if (!ports.containsKey(app)) {
                throw new IllegalArgumentException("No port for " + app.module());
            }
        }
        ports = Map.copyOf(ports);
    }

    /** The fixed ports of the local run: gateway 8080, services 8081-8085. */
    public static PortPlan local() {
        Map<App, Integer> ports = new EnumMap<>(App.class);
        for (App app : App.values()) {
            ports.put(app, app.localPort());
        }
        return new PortPlan(ports);
    }

    /** Distinct free ports picked now (system tests running beside a local run). */
    public static PortPlan free() {
        Map<App, Integer> ports = new EnumMap<>(App.class);
        for (App app : App.values()) {
            int port = Ports.free();
            while (ports.containsValue(port)) {
                port = Ports.free();
            }
            ports.put(app, port);
        }
        return new PortPlan(ports);
    }

    public int port(App app) {
        return ports.get(app);
    }

    public String url(App app) {
        return "http://localhost:" + port(app);
    }
}
