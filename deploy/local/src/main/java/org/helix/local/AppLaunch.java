package org.helix.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line and environment that start one packaged app against the servers of a suite. */
final class AppLaunch {

    private AppLaunch() {
    }

    static Path jar(Path repository, App app) {
        return repository.resolve(app.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    static List<String> command(App app, Path jar) {
        return List.of(javaExecutable(), "-Xmx" + app.maxHeap(), "-XX:+UseSerialGC", "-jar", jar.toString());
    }

    static Map<String, String> environment(App app, SuiteOptions options) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(options.ports().port(app)));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", options.servers().realmUrl());
        if (app.isService()) {
            String database = options.databaseName(app);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", options.servers().jdbcUrl(database));
            env.put("QUARKUS_DATASOURCE_USERNAME", database);
            env.put("QUARKUS_DATASOURCE_PASSWORD", database);
            env.put("KAFKA_BOOTSTRAP_SERVERS", options.servers().kafkaBootstrapServers());
            if (!options.databasePrefix().isEmpty()) {
                env.putAll(topicsOfTheirOwn(app, "." + options.stateDirectory().getFileName()));
            }
        } else {
            for (App service : App.services()) {
                env.put(service.gatewayUpstreamVariable(), options.ports().url(service));
            }
        }
        env.putAll(options.extraEnvironment());
        return env;
    }

    /**
     * A suite with databases of its own (the system tests) also gets topics of its own: the shared test broker carries
     * what the modules' tests published — agreements between the demo organisations, say — which its consumers,
     * reading from the earliest offset, would otherwise replay.
     */
    static Map<String, String> topicsOfTheirOwn(App app, String suffix) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HELIX_OUTBOX_TOPIC", "helix." + app.database() + ".v1" + suffix);
        if (app != App.GOVERNANCE) {
            env.put("MP_MESSAGING_INCOMING_GOVERNANCE_EVENTS_TOPIC", "helix.governance.v1" + suffix);
        }
        if (app == App.TALENT_EXCHANGE) {
            env.put("MP_MESSAGING_INCOMING_CURRICULUM_EVENTS_TOPIC", "helix.curriculum.v1" + suffix);
        }
        if (app == App.INCUBATION) {
            env.put("MP_MESSAGING_INCOMING_TALENT_EVENTS_TOPIC", "helix.talent.v1" + suffix);
            env.put("MP_MESSAGING_INCOMING_FUNDING_EVENTS_TOPIC", "helix.funding.v1" + suffix);
        }
        if (app == App.FUNDING) {
            env.put("MP_MESSAGING_INCOMING_INCUBATION_EVENTS_TOPIC", "helix.incubation.v1" + suffix);
            env.put("MP_MESSAGING_INCOMING_TALENT_EVENTS_TOPIC", "helix.talent.v1" + suffix);
        }
        if (app == App.GOVERNANCE) {
            // the dashboard reads every service's topic, governance's own included
            env.put("MP_MESSAGING_INCOMING_ALLIANCE_EVENTS_TOPICS", String.join(",", App.services().stream()
                    .map(service -> "helix." + service.database() + ".v1" + suffix).toList()));
        }
        if (app == App.CURRICULUM) {
            env.put("MP_MESSAGING_INCOMING_TALENT_EVENTS_TOPIC", "helix.talent.v1" + suffix);
        }
        return env;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
