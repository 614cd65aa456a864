import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.helix.platform.infra.Ports;
import org.helix.platform.infra.ServerEndpoints;
import org.helix.platform.infra.ServerSet;

/**
 * PostgreSQL, Kafka and Keycloak (with the helix realm) on free loopback ports, in a state folder of their own, for
 * the gateway benchmark: nothing of the local run or of the test servers is touched.
 * <p>
 * {@code java -cp CP deploy/bench/BenchServers.java STATE_DIR [DATABASE...]} starts them attached to this JVM, creates
 * the databases (owner and password = the name), writes {@code STATE_DIR/servers.properties} and
 * {@code STATE_DIR/ready}, and keeps running until it is terminated (SIGTERM/SIGINT), which stops all three.
 */
public final class BenchServers {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BenchServers STATE_DIR [DATABASE...]");
            System.exit(2);
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path state = Path.of(args[0]).toAbsolutePath();
        ServerSet.Layout layout = new ServerSet.Layout(Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), state, false);
        ServerSet servers = ServerSet.start(layout, message -> System.out.println("[bench-servers] " + message));
        ServerEndpoints endpoints = servers.endpoints();
        for (int i = 1; i < args.length; i++) {
            endpoints.ensureDatabase(args[i], args[i], args[i]);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            servers.stop();
            stopped.countDown();
        }, "stop-bench-servers"));
        java.nio.file.Files.writeString(state.resolve("ready"), endpoints.realmUrl() + "\n");
        System.out.println("[bench-servers] ready: keycloak " + endpoints.keycloakUrl() + ", postgres "
                + endpoints.postgresPort() + ", kafka " + endpoints.kafkaBootstrapServers());
        stopped.await();
    }
}
