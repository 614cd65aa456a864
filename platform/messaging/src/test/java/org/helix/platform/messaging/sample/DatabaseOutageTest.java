package org.helix.platform.messaging.sample;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.helix.platform.messaging.consumer.ConsumerReadiness;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.InjectPrivatePostgres;
import org.helix.platform.testing.KafkaTestClient;
import org.helix.platform.testing.PrivatePostgres;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer's database stops for 30 s while 50 events arrive: the consumer holds, reports not ready and files
 * nothing as a dead letter; once the database is back, all 50 are applied, each once.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = {@ResourceArg(name = "database", value = "sample"),
        @ResourceArg(name = "postgres", value = "private")})
class DatabaseOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(30);

    private final SampleTopic sample = new SampleTopic();

    @InjectPrivatePostgres
    PrivatePostgres postgres;

    @Inject
    SampleDatabase database;

    @Test
    void eventsArrivingWhileTheDatabaseIsDownAreAllAppliedOnceWhenItIsBack() {
        UUID warmUp = UUID.randomUUID();
        sample.venue(warmUp, "Warm-up Hall", 0);
        await().atMost(Duration.ofSeconds(60)).until(() -> database.venue(warmUp).isPresent());

        postgres.stop();
        Instant stopped = Instant.now();
        try {
            List<String> eventIds = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                eventIds.add(sample.score(UUID.randomUUID(), i));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> consumerCheckIs("DOWN"));
            Duration rest = OUTAGE.minus(Duration.between(stopped, Instant.now()));
            if (!rest.isNegative()) {
                // for the rest of the outage the consumer stays not ready (it waits, it does not move on)
                await().during(rest).atMost(rest.plusSeconds(10)).until(() -> consumerCheckIs("DOWN"));
            }
            postgres.start();

            await().atMost(Duration.ofSeconds(60)).until(() -> database.distinctScoredEvents(eventIds) == 50);
            assertEquals(50, database.scoreRows(eventIds), "each event applied once");
            await().atMost(Duration.ofSeconds(10)).until(() -> consumerCheckIs("UP"));
            Set<String> ids = new HashSet<>(eventIds);
            assertTrue(KafkaTestClient.forTestServers().readAll(SampleTopic.DEAD_LETTERS,
                    r -> ids.contains(KafkaTestClient.header(r, "ce_id"))).isEmpty(), "no event of the outage is a dead letter");
        } finally {
            postgres.start();
        }
    }

    private static boolean consumerCheckIs(String status) {
        JsonPath health = given().get("/q/health/ready").then().extract().jsonPath();
        return status.equals(health.getString("checks.find { it.name == '" + ConsumerReadiness.NAME + "' }.status"));
    }
}
