package org.helix.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.helix.platform.infra.ServerEndpoints;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives a service's {@code @QuarkusTest} real servers: its own PostgreSQL database, the Kafka broker and Keycloak
 * with the {@code helix} realm. Use as
 * {@code @QuarkusTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "governance"))}.
 */
public class HelixTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "helix");
    }

    @Override
    public Map<String, String> start() {
        ServerEndpoints servers = HelixTestServers.endpoints();
        servers.ensureDatabase(database, database, database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", servers.jdbcUrl(database));
        config.put("quarkus.datasource.username", database);
        config.put("quarkus.datasource.password", database);
        config.put("kafka.bootstrap.servers", servers.kafkaBootstrapServers());
        config.put("quarkus.oidc.auth-server-url", servers.realmUrl());
        return config;
    }

    @Override
    public void stop() {
        // the servers outlive one application start: they are shared by every test class of this JVM
    }
}
