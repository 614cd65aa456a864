package org.helix.local;

import org.helix.platform.infra.HelixHome;
import org.helix.platform.infra.ServerEndpoints;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What a {@link Suite} needs: the servers to use, the app ports, a prefix for the database names ("" for the local
 * run, "systest_" for system tests), the state folder (logs, pid files), whether the apps outlive this JVM, where the
 * packaged apps are, how long each may take to become ready, and extra environment given to every app.
 */
public record SuiteOptions(ServerEndpoints servers, PortPlan ports, String databasePrefix, Path stateDirectory,
        boolean detached, Path repository, Duration readinessTimeout, Map<String, String> extraEnvironment) {

    public static final Duration DEFAULT_READINESS_TIMEOUT = Duration.ofSeconds(120);

    /**
     * Talent's teacher-evaluation window for the demo: open from 400 days before a term's end to 31 days after (every
     * day of the term, and of the calendar year it is named after), so the demo publishes a teacher's rating whatever
     * the date it is seeded on. Production keeps talent's defaults (the last four weeks of a term and two weeks
     * after).
     */
    public static final Map<String, String> DEMO_EVALUATION_WINDOW = Map.of(
            "HELIX_TALENT_EVALUATIONS_OPENS_DAYS_BEFORE_TERM_END", "400",
            "HELIX_TALENT_EVALUATIONS_CLOSES_DAYS_AFTER_TERM_END", "31");

    public SuiteOptions {
        if (!databasePrefix.matches("[a-z_0-9]*")) {
            throw new IllegalArgumentException("Database prefix must be lower-case letters, digits, _: " + databasePrefix);
        }
        stateDirectory = stateDirectory.toAbsolutePath().normalize();
        repository = repository.toAbsolutePath().normalize();
        extraEnvironment = Map.copyOf(extraEnvironment);
    }

    /** Options with the repository found from the working directory, a 120 s readiness timeout, no extra env. */
    public static SuiteOptions of(ServerEndpoints servers, PortPlan ports, String databasePrefix, Path stateDirectory,
            boolean detached) {
        return new SuiteOptions(servers, ports, databasePrefix, stateDirectory, detached, HelixHome.repository(),
                DEFAULT_READINESS_TIMEOUT, Map.of());
    }

    public SuiteOptions withReadinessTimeout(Duration timeout) {
        return new SuiteOptions(servers, ports, databasePrefix, stateDirectory, detached, repository, timeout,
                extraEnvironment);
    }

    public SuiteOptions withExtraEnvironment(Map<String, String> environment) {
        return new SuiteOptions(servers, ports, databasePrefix, stateDirectory, detached, repository,
                readinessTimeout, environment);
    }

    public SuiteOptions withRepository(Path repositoryRoot) {
        return new SuiteOptions(servers, ports, databasePrefix, stateDirectory, detached, repositoryRoot,
                readinessTimeout, extraEnvironment);
    }

    /** The service's database; its owner role and (demo) password have the same name. Null for the gateway. */
    public String databaseName(App app) {
        return app.isService() ? databasePrefix + app.database() : null;
    }

    public Path logFile(App app) {
        return stateDirectory.resolve("logs").resolve(app.module() + ".log");
    }
}
