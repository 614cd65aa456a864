package org.helix.platform.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server (binaries from Maven Central, unpacked once under {@code .helix/dist/postgres}) running as
 * a child of this JVM. Each service gets its own database and owner role.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final int port;

    private PostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /** Starts PostgreSQL on {@code port} keeping its data in {@code dataDirectory} (created and initialised if new). */
    public static PostgresServer start(int port, Path dataDirectory) {
        try {
            Path binaries = HelixHome.dist().resolve("postgres");
            Files.createDirectories(binaries);
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // commit times of rows (pg_xact_commit_timestamp): the propagation benchmark reads when an event's
                    // effect committed in each replica; the cost is a few bytes per transaction
                    .setServerConfig("track_commit_timestamp", "on")
                    .start();
            return new PostgresServer(postgres, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL on port " + port, e);
        }
    }

    public int port() {
        return port;
    }

    /** Creates the role and the database it owns unless they exist (safe to call on every start). */
    public void ensureDatabase(String database, String owner, String password) {
        ensureDatabase("127.0.0.1", port, SUPERUSER, "", database, owner, password);
    }

    /** The same against any PostgreSQL reachable with superuser credentials (an external server, by env). */
    public static void ensureDatabase(String host, int port, String superuser, String superPassword, String database,
            String owner, String password) {
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, superuser, superPassword)) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", owner)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create role " + identifier(owner) + " login password '"
                            + password.replace("'", "''") + "'");
                }
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create database " + identifier(database) + " owner " + identifier(owner));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare database " + database + " at " + url, e);
        }
    }

    public static String jdbcUrl(String host, int port, String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String jdbcUrl(String database) {
        return jdbcUrl("localhost", port, database);
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
        }
        return name;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
