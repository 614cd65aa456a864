package org.helix.platform.testing;

import org.helix.platform.infra.Directories;
import org.helix.platform.infra.HelixHome;
import org.helix.platform.infra.Ports;
import org.helix.platform.infra.ServerEndpoints;
import org.helix.platform.infra.ServerSet;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The real PostgreSQL, Kafka and Keycloak the tests of this JVM use. When the test command has started a shared set
 * for the whole Maven run ({@code .helix/test/servers.properties}, all answering), they are reused; otherwise (a
 * single module run from the IDE, say) this JVM starts its own on free ports and stops them when it exits.
 * {@code HELIX_TEST_SERVERS=own} forces the latter.
 * <p>
 * Quarkus loads test classes anew for each application start, so what this JVM started is remembered in a system
 * property (JVM-wide), not in a static field.
 */
public final class HelixTestServers {

    private static final String STARTED_BY_THIS_JVM = "helix.test.servers.file";

    private HelixTestServers() {
    }

    public static ServerEndpoints endpoints() {
        synchronized (System.getProperties()) {
            String started = System.getProperty(STARTED_BY_THIS_JVM);
            if (started != null) {
                return ServerEndpoints.load(Path.of(started)).orElseThrow();
            }
            return shared().orElseGet(HelixTestServers::startOwn);
        }
    }

    public static Path sharedStateDirectory() {
        return HelixHome.root().resolve("test/shared");
    }

    private static Optional<ServerEndpoints> shared() {
        if ("own".equalsIgnoreCase(System.getenv("HELIX_TEST_SERVERS"))) {
            return Optional.empty();
        }
        return ServerSet.running(sharedStateDirectory());
    }

    private static ServerEndpoints startOwn() {
        Path state = HelixHome.root().resolve("test/own-" + ProcessHandle.current().pid());
        ServerSet.Layout layout = new ServerSet.Layout(Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), state, false);
        ServerSet set = ServerSet.start(layout, message -> System.out.println("[helix-test-servers] " + message));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            set.stop();
            Directories.deleteRecursively(state);
        }, "stop-helix-test-servers"));
        System.setProperty(STARTED_BY_THIS_JVM, state.resolve("servers.properties").toString());
        return set.endpoints();
    }
}
