package org.helix.platform.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** Where the PostgreSQL, Kafka and Keycloak of one environment (local run, tests) can be reached. */
public record ServerEndpoints(String postgresHost, int postgresPort, String postgresSuperuser,
        String postgresSuperPassword, String kafkaBootstrapServers, String keycloakUrl, int keycloakManagementPort) {

    public String realmUrl() {
        return keycloakUrl + "/realms/" + KeycloakServer.REALM;
    }

    public String jdbcUrl(String database) {
        return PostgresServer.jdbcUrl(postgresHost, postgresPort, database);
    }

    public void ensureDatabase(String database, String owner, String password) {
        PostgresServer.ensureDatabase(postgresHost, postgresPort, postgresSuperuser, postgresSuperPassword, database,
                owner, password);
    }

    public boolean allReachable() {
        int kafkaPort = Integer.parseInt(kafkaBootstrapServers.substring(kafkaBootstrapServers.lastIndexOf(':') + 1));
        return Ports.isOpen(postgresHost, postgresPort) && Ports.isOpen(kafkaPort) && KeycloakServer.isReady(keycloakManagementPort);
    }

    public void save(Path file) {
        Properties properties = new Properties();
        properties.setProperty("postgres.host", postgresHost);
        properties.setProperty("postgres.port", String.valueOf(postgresPort));
        properties.setProperty("postgres.superuser", postgresSuperuser);
        properties.setProperty("postgres.password", postgresSuperPassword);
        properties.setProperty("kafka.bootstrap.servers", kafkaBootstrapServers);
        properties.setProperty("keycloak.url", keycloakUrl);
        properties.setProperty("keycloak.management.port", String.valueOf(keycloakManagementPort));
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                properties.store(out, "Helix servers");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<ServerEndpoints> load(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new ServerEndpoints(properties.getProperty("postgres.host"),
                Integer.parseInt(properties.getProperty("postgres.port")),
                properties.getProperty("postgres.superuser"), properties.getProperty("postgres.password"),
                properties.getProperty("kafka.bootstrap.servers"), properties.getProperty("keycloak.url"),
                Integer.parseInt(properties.getProperty("keycloak.management.port"))));
    }
}
