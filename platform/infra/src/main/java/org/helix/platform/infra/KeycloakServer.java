package org.helix.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak (distribution from Maven Central) with the {@code helix} realm imported from
 * {@code deploy/keycloak/helix-realm.json}, keeping its data in a PostgreSQL database of its own.
 */
public final class KeycloakServer {

    public static final String REALM = "helix";
    public static final String REALM_FILE = "deploy/keycloak/helix-realm.json";

    private final int httpPort;
    private final int managementPort;
    private final Path logFile;
    private final boolean detached;
    private ManagedProcess process;

    public KeycloakServer(int httpPort, int managementPort, Path logFile, boolean detached) {
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.logFile = logFile;
        this.detached = detached;
    }

    public static Path home() {
        Path home = HelixHome.dist().resolve("keycloak-" + Versions.keycloak());
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak missing at " + home
                    + ": build the module deploy/servers first (./mvnw -pl deploy/servers package)");
        }
        return home;
    }

    public static String baseUrl(int httpPort) {
        return "http://localhost:" + httpPort;
    }

    public String baseUrl() {
        return baseUrl(httpPort);
    }

    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** Starts Keycloak on its database and waits until it is ready (first start includes a build step, ~40 s). */
    public KeycloakServer start(String jdbcUrl, String dbUser, String dbPassword) {
        Path home = home();
        importRealm(home);
        process = ManagedProcess.start("keycloak", List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                        "--http-port=" + httpPort,
                        "--http-management-port=" + managementPort,
                        "--hostname=" + baseUrl(),
                        "--health-enabled=true",
                        "--import-realm",
                        "--db=postgres",
                        "--db-url=" + jdbcUrl,
                        "--db-username=" + dbUser,
                        "--db-password=" + dbPassword),
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                        "JAVA_HOME", System.getProperty("java.home")),
                home, logFile, detached);
        // about a minute on a quiet 2-core machine; several times that while other builds share it
        process.awaitReady(readyTimeout(), () -> isReady(managementPort), "ready");
        return this;
    }

    /** {@code HELIX_KEYCLOAK_READY_TIMEOUT} (seconds), default 480. */
    static Duration readyTimeout() {
        String configured = System.getenv("HELIX_KEYCLOAK_READY_TIMEOUT");
        return Duration.ofSeconds(configured == null || configured.isBlank() ? 480 : Long.parseLong(configured.strip()));
    }

    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
            process = null;
        }
    }

    public ManagedProcess process() {
        return process;
    }

    public static boolean isReady(int managementPort) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + managementPort + "/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Keycloak imports what lies in data/import at start-up, and skips a realm that already exists. */
    private static void importRealm(Path home) {
        try {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(HelixHome.repository().resolve(REALM_FILE), importDir.resolve("helix-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage the realm file " + REALM_FILE, e);
        }
    }
}
