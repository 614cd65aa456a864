package org.helix.platform.testing;

import org.helix.platform.infra.Directories;
import org.helix.platform.infra.HelixHome;
import org.helix.platform.infra.Ports;
import org.helix.platform.infra.PostgresServer;

import java.nio.file.Path;
import java.util.UUID;

/** A PostgreSQL server for one test application only, on a port and data folder of its own; it keeps its data across stop and start. */
public final class PrivatePostgres {

    private final int port = Ports.free();
    private final Path directory = HelixHome.root().resolve("test/private-postgres-" + UUID.randomUUID());
    private PostgresServer server;

    public synchronized PrivatePostgres start() {
        if (server == null) {
            server = PostgresServer.start(port, directory.resolve("data"));
        }
        return this;
    }

    /** Stops the server: connections are refused until {@link #start()}. */
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return PostgresServer.jdbcUrl("localhost", port, database);
    }

    void ensureDatabase(String database) {
        server.ensureDatabase(database, database, database);
    }

    /** Stops the server and deletes its data. */
    void destroy() {
        stop();
        Directories.deleteRecursively(directory);
    }
}
