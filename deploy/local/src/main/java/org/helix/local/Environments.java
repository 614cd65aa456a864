package org.helix.local;

import org.helix.platform.infra.HelixHome;
import org.helix.platform.infra.ServerSet;

import java.nio.file.Path;

/** The fixed ports and state folders of the local run and of the shared test servers. */
public final class Environments {

    public static final int LOCAL_POSTGRES_PORT = 15432;
    public static final int LOCAL_KAFKA_PORT = 9092;
    public static final int LOCAL_KAFKA_CONTROLLER_PORT = 9093;
    public static final int LOCAL_KEYCLOAK_PORT = 8180;
    public static final int LOCAL_KEYCLOAK_MANAGEMENT_PORT = 9190;

    public static final int TEST_POSTGRES_PORT = 25432;
    public static final int TEST_KAFKA_PORT = 29092;
    public static final int TEST_KAFKA_CONTROLLER_PORT = 29093;
    public static final int TEST_KEYCLOAK_PORT = 28180;
    public static final int TEST_KEYCLOAK_MANAGEMENT_PORT = 29190;

    private Environments() {
    }

    public static Path localState() {
        return HelixHome.root().resolve("local");
    }

    public static ServerSet.Layout localServers() {
        return new ServerSet.Layout(LOCAL_POSTGRES_PORT, LOCAL_KAFKA_PORT, LOCAL_KAFKA_CONTROLLER_PORT,
                LOCAL_KEYCLOAK_PORT, LOCAL_KEYCLOAK_MANAGEMENT_PORT, localState(), true);
    }

    /** The same folder as {@code HelixTestServers.sharedStateDirectory()}, where the tests look for shared servers. */
    public static Path testSharedState() {
        return HelixHome.root().resolve("test/shared");
    }

    /**
     * The shared test servers, on the fixed test ports moved by {@code HELIX_TEST_PORT_OFFSET} (default 0), so that
     * two checkouts on one machine (each with its own {@code HELIX_HOME}) can each keep a set running.
     */
    public static ServerSet.Layout testServers() {
        int offset = testPortOffset();
        return new ServerSet.Layout(TEST_POSTGRES_PORT + offset, TEST_KAFKA_PORT + offset,
                TEST_KAFKA_CONTROLLER_PORT + offset, TEST_KEYCLOAK_PORT + offset,
                TEST_KEYCLOAK_MANAGEMENT_PORT + offset, testSharedState(), true);
    }

    private static int testPortOffset() {
        String configured = System.getenv("HELIX_TEST_PORT_OFFSET");
        if (configured == null || configured.isBlank()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(configured.trim());
            if (offset < 0 || offset > 1000) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("HELIX_TEST_PORT_OFFSET must be a number from 0 to 1000, was: "
                    + configured);
        }
    }
}
