package org.helix.systemtests;

import org.helix.local.App;
import org.helix.local.PortPlan;
import org.helix.local.Suite;
import org.helix.local.SuiteOptions;
import org.helix.platform.infra.HelixHome;
import org.helix.platform.testing.HelixTestServers;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole suite — five services and the gateway, packaged earlier in this Maven run — started once for all system
 * tests of this JVM, on free ports and databases of their own ({@code systest_*}), against the real test servers.
 */
public final class RunningSuite {

    private static Suite suite;

    private RunningSuite() {
    }

    public static synchronized Suite get() {
        if (suite == null) {
            SuiteOptions options = SuiteOptions.of(HelixTestServers.endpoints(), PortPlan.free(), "systest_",
                    HelixHome.root().resolve("test/system-" + ProcessHandle.current().pid()), false)
                    // five services start together on a 2-core CI machine: give them time to share the CPUs
                    .withReadinessTimeout(Duration.ofMinutes(5))
                    // the demo's evaluation window (open whatever the date of the run); one student's evaluation
                    // publishes a section's result in the expert-teaching story (only talent reads these)
                    .withExtraEnvironment(environment());
            suite = Suite.start(options, message -> System.out.println("[system-tests] " + message));
            Runtime.getRuntime().addShutdownHook(new Thread(suite::stop, "stop-helix-suite"));
        }
        return suite;
    }

    private static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(SuiteOptions.DEMO_EVALUATION_WINDOW);
        environment.put("HELIX_TALENT_EVALUATIONS_MIN_RESPONSES", "1");
        // with the CPUs shared, a service's first database connection (Flyway's, at boot) may take longer than
        // Agroal's 5 s default; curriculum sets 30 s itself
        environment.put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "30S");
        return environment;
    }

    public static String gateway() {
        return get().gatewayUrl();
    }

    public static String direct(App app) {
        return get().url(app);
    }
}
