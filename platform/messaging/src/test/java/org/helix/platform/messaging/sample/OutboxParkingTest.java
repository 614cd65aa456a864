package org.helix.platform.messaging.sample;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.infra.KafkaBroker;
import org.helix.platform.messaging.outbox.Outbox;
import org.helix.platform.messaging.outbox.OutboxEvent;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.HelixTestServers;
import org.helix.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A record the broker refuses for good (larger than the topic takes) is parked with its reason; the relay goes on
 * with the other aggregates and never sends a later event of the parked one.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = {@ResourceArg(name = "database", value = "sample"),
        @ResourceArg(name = "postgres", value = "private")})
class OutboxParkingTest {

    private static final String TOPIC = "helix.sample-outbox.v1";

    @Inject
    Outbox outbox;

    /** The broker refuses records over 64 KiB on this topic (the producer would take up to 1 MiB). */
    @BeforeAll
    static void topicWithASmallRecordLimit() throws Exception {
        String bootstrap = HelixTestServers.endpoints().kafkaBootstrapServers();
        KafkaBroker.createTopics(bootstrap, List.of(TOPIC), 3);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, TOPIC),
                    List.of(new AlterConfigOp(new ConfigEntry("max.message.bytes", "65536"), AlterConfigOp.OpType.SET))))
                    .all().get();
        }
    }

    @Test
    void aRecordRefusedForGoodIsParkedAndOnlyItsOwnAggregateWaits() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        UUID oversized = record(a, "Oversized", Map.of("venueId", a, "notes", "x".repeat(100_000)));
        UUID laterOfA = record(a, "Noted", Map.of("venueId", a));
        UUID firstOfB = record(b, "Noted", Map.of("venueId", b));
        UUID laterOfB = record(b, "Noted", Map.of("venueId", b));

        await().atMost(Duration.ofSeconds(60)).until(() -> row(laterOfB).sentAt != null);
        OutboxEvent parked = row(oversized);
        assertNotNull(parked.parkedAt);
        assertTrue(parked.parkReason.contains("RecordTooLargeException"), parked.parkReason);
        assertNull(parked.sentAt);
        OutboxEvent waiting = row(laterOfA);
        assertNull(waiting.sentAt, "a later event of the parked aggregate is not sent");
        assertNull(waiting.parkedAt, "it waits behind the parked one, not parked itself");
        assertNotNull(row(firstOfB).sentAt);

        List<ConsumerRecord<String, String>> published = KafkaTestClient.forTestServers().readAll(TOPIC,
                r -> a.equals(r.key()) || b.equals(r.key()));
        assertTrue(published.stream().noneMatch(r -> a.equals(r.key())), "nothing of the parked aggregate reached the topic");
        assertEquals(List.of(firstOfB.toString(), laterOfB.toString()), published.stream()
                .map(r -> KafkaTestClient.header(r, "ce_id")).distinct().toList(), "the other aggregate, in order");

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("helix_outbox_parked_total{event_type=\"Oversized\""));
    }

    private UUID record(String aggregateId, String type, Object data) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.record("Venue", aggregateId, type, data));
    }

    private static OutboxEvent row(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find("eventId", eventId).singleResult());
    }
}
