package org.helix.platform.infra;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs PostgreSQL as its own small process for the local run: {@code PostgresMain PORT DATA_DIR}.
 * PostgreSQL stops when this process is asked to end (SIGTERM).
 */
public final class PostgresMain {

    private PostgresMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        PostgresServer server = PostgresServer.start(port, Path.of(args[1]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "stop-postgres"));
        System.out.println("PostgreSQL ready on port " + port);
        stopped.await();
    }
}
