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
        } else {
            for (App service : App.services()) {
                env.put(service.gatewayUpstreamVariable(), options.ports().url(service));
            }
        }
        env.putAll(options.extraEnvironment());
        return env;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
