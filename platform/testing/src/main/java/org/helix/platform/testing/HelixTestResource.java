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
 * <p>
 * While the application runs on a private broker or realm, {@link KafkaTestClient#forTestServers()} reads and writes
 * that broker and {@link Tokens} asks that realm, so the tests of a module can all share one start on private servers.
 */
public class HelixTestResource implements QuarkusTestResourceLifecycleManager {

    /** System property naming the private broker's bootstrap servers while the application uses it. */
    static final String PRIVATE_KAFKA_PROPERTY = "helix.test.private-kafka.bootstrap-servers";
    /** System property naming the private realm's URL while the application trusts it. */
    static final String PRIVATE_REALM_PROPERTY = "helix.test.private-realm.url";

    private String database;
    private boolean privateKafka;
    private KafkaBroker broker;
    private CompletableFuture<Void> brokerStarted;
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
        if (privateKafka) {
            // a private broker takes seconds to start: it starts while the realm is made and the application boots
            // (whose Kafka clients wait for it); inject() waits for it before the first test
            broker = newPrivateBroker();
            brokerStarted = CompletableFuture.runAsync(this::startPrivateBroker, HelixTestResource::daemon);
            config.put("kafka.bootstrap.servers", broker.bootstrapServers());
            System.setProperty(PRIVATE_KAFKA_PROPERTY, broker.bootstrapServers());
        } else {
            config.put("kafka.bootstrap.servers", servers.kafkaBootstrapServers());
        }
        config.put("quarkus.oidc.auth-server-url", servers.realmUrl());
        if (privateRealmWanted) {
            privateRealm = new PrivateRealm(servers).create();
            config.putAll(privateRealm.appConfig());
            System.setProperty(PRIVATE_REALM_PROPERTY, privateRealm.realmUrl());
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
            awaitPrivateBroker();
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
        System.clearProperty(PRIVATE_KAFKA_PROPERTY);
        System.clearProperty(PRIVATE_REALM_PROPERTY);
        if (broker != null) {
            brokerStarted.exceptionally(failure -> null).join();
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

    private KafkaBroker newPrivateBroker() {
        brokerDirectory = HelixHome.root().resolve("test/private-kafka-" + UUID.randomUUID());
        return new KafkaBroker(Ports.free(), Ports.free(), brokerDirectory, brokerDirectory.resolve("kafka.log"),
                false, "384m");
    }

    private void startPrivateBroker() {
        broker.start();
        KafkaBroker.createTopics(broker.bootstrapServers(), ServerSet.TOPICS, 3);
    }

    private void awaitPrivateBroker() {
        try {
            brokerStarted.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
