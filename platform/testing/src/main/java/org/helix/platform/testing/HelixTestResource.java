package org.helix.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.helix.platform.infra.Directories;
import org.helix.platform.infra.HelixHome;
import org.helix.platform.infra.KafkaBroker;
import org.helix.platform.infra.Ports;
import org.helix.platform.infra.ServerEndpoints;
import org.helix.platform.infra.ServerSet;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Gives a service's {@code @QuarkusTest} real servers: its own PostgreSQL database, the Kafka broker and Keycloak
 * with the {@code helix} realm. Use as
 * {@code @WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "governance"))}.
 * With {@code @ResourceArg(name = "kafka", value = "private")} the test gets a Kafka broker of its own instead, injected
 * into a field annotated {@link InjectPrivateKafka}, which it may stop and start. Likewise
 * {@code @ResourceArg(name = "postgres", value = "private")} gives it a PostgreSQL server of its own, injected into a
 * field annotated {@link InjectPrivatePostgres}.
 * With {@code @ResourceArg(name = "realm", value = "private")} the test gets a realm of its own on the shared Keycloak
 * ({@link PrivateRealm}, injected into a field annotated {@link InjectPrivateRealm}) to rotate keys in and to cut the
 * app off Keycloak.
 */
public class HelixTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;
    private boolean privateKafka;
    private KafkaBroker broker;
    private Path brokerDirectory;
    private boolean privatePostgresRequested;
    private PrivatePostgres postgres;
    private boolean privateRealmWanted;
    private PrivateRealm privateRealm;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "helix");
        privateKafka = "private".equals(initArgs.get("kafka"));
        privatePostgresRequested = "private".equals(initArgs.get("postgres"));
        privateRealmWanted = "private".equals(initArgs.get("realm"));
    }

    @Override
    public Map<String, String> start() {
        ServerEndpoints servers = HelixTestServers.endpoints();
        Map<String, String> config = new HashMap<>();
        if (privatePostgresRequested) {
            postgres = new PrivatePostgres().start();
            postgres.ensureDatabase(database);
            config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        } else {
            servers.ensureDatabase(database, database, database);
            config.put("quarkus.datasource.jdbc.url", servers.jdbcUrl(database));
        }
        config.put("quarkus.datasource.username", database);
        config.put("quarkus.datasource.password", database);
        // a private broker takes seconds to start: it starts while the realm is made
        CompletableFuture<String> bootstrapServers = privateKafka
                ? CompletableFuture.supplyAsync(this::startPrivateBroker, HelixTestResource::daemon)
                : CompletableFuture.completedFuture(servers.kafkaBootstrapServers());
        config.put("quarkus.oidc.auth-server-url", servers.realmUrl());
        if (privateRealmWanted) {
            privateRealm = new PrivateRealm(servers).create();
            config.putAll(privateRealm.appConfig());
        }
        try {
            config.put("kafka.bootstrap.servers", bootstrapServers.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return config;
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "private-kafka-start");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void inject(TestInjector injector) {
        if (broker != null) {
            injector.injectIntoFields(broker,
                    new TestInjector.AnnotatedAndMatchesType(InjectPrivateKafka.class, KafkaBroker.class));
        }
        if (postgres != null) {
            injector.injectIntoFields(postgres,
                    new TestInjector.AnnotatedAndMatchesType(InjectPrivatePostgres.class, PrivatePostgres.class));
        }
        if (privateRealm != null) {
            injector.injectIntoFields(privateRealm,
                    new TestInjector.AnnotatedAndMatchesType(InjectPrivateRealm.class, PrivateRealm.class));
        }
    }

    @Override
    public void stop() {
        // the shared servers outlive one application start; only private servers end here
        if (broker != null) {
            broker.stop();
            Directories.deleteRecursively(brokerDirectory);
        }
        if (postgres != null) {
            postgres.destroy();
        }
        if (privateRealm != null) {
            privateRealm.delete();
        }
    }

    private String startPrivateBroker() {
        brokerDirectory = HelixHome.root().resolve("test/private-kafka-" + UUID.randomUUID());
        broker = new KafkaBroker(Ports.free(), Ports.free(), brokerDirectory, brokerDirectory.resolve("kafka.log"),
                false, "384m")
                .start();
        KafkaBroker.createTopics(broker.bootstrapServers(), ServerSet.TOPICS, 3);
        return broker.bootstrapServers();
    }
}
