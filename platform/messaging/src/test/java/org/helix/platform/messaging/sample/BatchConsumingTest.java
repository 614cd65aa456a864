package org.helix.platform.messaging.sample;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.helix.platform.messaging.CloudEventHeaders;
import org.helix.platform.messaging.consumer.ConsumerReadiness;
import org.helix.platform.messaging.consumer.EventDispatcher;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.InjectPrivatePostgres;
import org.helix.platform.testing.PrivatePostgres;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What one poll brings is applied in one transaction, with every guarantee of the record-by-record path: each event
 * once (also when it comes twice in one batch), poison set apart while the rest of its batch is applied, and a
 * database outage waited out without losing or doubling anything. The batches are handed to the dispatcher directly,
 * so their contents are exactly what the test says; the channel path itself is covered by {@link ConsumingTest}.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = {@ResourceArg(name = "database", value = "sample"),
        @ResourceArg(name = "postgres", value = "private")})
class BatchConsumingTest {

    private static final AtomicLong OFFSETS = new AtomicLong();

    @Inject
    EventDispatcher dispatcher;

    @Inject
    SampleDatabase database;

    @InjectPrivatePostgres
    PrivatePostgres postgres;

    @Test
    void aBatchIsAppliedInOneTransaction() {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            batch.add(score(id, UUID.randomUUID(), i));
        }

        assertEquals(List.of(), dispatcher.dispatchAll(batch));

        assertEquals(20, database.scoreRows(ids));
        assertEquals(1, transactionsThatWrote(ids), "one commit for the whole batch");
    }

    @Test
    void anEventTwiceInOneBatchIsAppliedOnce() {
        String twice = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        UUID venue = UUID.randomUUID();

        assertEquals(List.of(), dispatcher.dispatchAll(List.of(score(twice, venue, 7), score(other, venue, 3),
                score(twice, venue, 9))));

        assertEquals(1, database.scoreRows(List.of(twice)));
        assertEquals(7, database.count("select sum(points) from score where event_id = ?1", twice));
        assertEquals(1, database.scoreRows(List.of(other)));
    }

    @Test
    void poisonInABatchIsSetApartAndTheRestOfTheBatchIsApplied() {
        UUID venue = UUID.randomUUID();
        String before = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        List<ConsumerRecord<String, String>> batch = List.of(
                score(before, venue, 1),
                // poison found only by the handler, inside the batch's transaction
                score(UUID.randomUUID().toString(), venue, ScoreBook.DEFAULT_MAXIMUM + 1),
                // poison the database refuses (a check constraint): it aborts the transaction it is in
                event(UUID.randomUUID().toString(), VenueReplica.REGISTERED, venue,
                        "{\"venueId\":\"" + venue + "\",\"name\":\"Minus Hall\",\"capacity\":-1,\"version\":0}"),
                // poison found before any transaction: not JSON
                event(UUID.randomUUID().toString(), VenueReplica.REGISTERED, venue, "{not json"),
                score(after, venue, 2),
                event(UUID.randomUUID().toString(), VenueReplica.REGISTERED, venue,
                        "{\"venueId\":\"" + venue + "\",\"name\":\"Pier Pavilion\",\"version\":0}"));

        List<EventDispatcher.Rejected> rejected = dispatcher.dispatchAll(batch);

        assertEquals(List.of(1, 2, 3), rejected.stream().map(EventDispatcher.Rejected::index).toList());
        assertThat(rejected.get(0).reason().getMessage(), containsString("above the maximum"));
        assertThat(rejected.get(1).reason().getMessage(), containsString("the database refused its data"));
        assertThat(rejected.get(2).reason().getMessage(), containsString("data is not valid JSON"));
        assertEquals(1, database.scoreRows(List.of(before)));
        assertEquals(1, database.scoreRows(List.of(after)));
        assertEquals(Optional.of("Pier Pavilion"), database.venue(venue).map(SampleDatabase.Venue::name));
        assertEquals(0, database.inInbox(rejected.stream().map(r -> eventId(batch.get(r.index()))).toList()),
                "no poison is recorded as applied");
    }

    @Test
    void aBatchCaughtByADatabaseOutageWaitsAndIsAppliedOnceWhenItIsBack() throws Exception {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            batch.add(score(id, UUID.randomUUID(), i));
        }
        postgres.stop();
        CompletableFuture<List<EventDispatcher.Rejected>> applying;
        try {
            applying = CompletableFuture.supplyAsync(() -> dispatcher.dispatchAll(batch));
            await().atMost(Duration.ofSeconds(30)).until(() -> consumerCheckIs("DOWN"));
            assertFalse(applying.isDone(), "the batch waits for the database");
        } finally {
            postgres.start();
        }

        assertEquals(List.of(), applying.get(60, TimeUnit.SECONDS));
        assertEquals(30, database.scoreRows(ids), "each event applied once");
        assertEquals(1, transactionsThatWrote(ids));
        await().atMost(Duration.ofSeconds(10)).until(() -> consumerCheckIs("UP"));
        assertEquals(30, database.inInbox(ids));
    }

    private long transactionsThatWrote(List<String> eventIds) {
        return database.count("select count(distinct xmin::text) from score where event_id in (?1)", eventIds);
    }

    private static ConsumerRecord<String, String> score(String eventId, UUID venue, int points) {
        return event(eventId, ScoreBook.RECORDED, venue, "{\"venueId\":\"" + venue + "\",\"points\":" + points + "}");
    }

    private static ConsumerRecord<String, String> event(String eventId, String type, UUID venue, String data) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(SampleTopic.TOPIC, 0,
                OFFSETS.incrementAndGet(), venue.toString(), data);
        add(record, CloudEventHeaders.SPEC_VERSION, "1.0");
        add(record, CloudEventHeaders.ID, eventId);
        add(record, CloudEventHeaders.SOURCE, "/helix/sample");
        add(record, CloudEventHeaders.TYPE, type);
        add(record, CloudEventHeaders.SUBJECT, "Venue/" + venue);
        add(record, CloudEventHeaders.TIME, "2026-11-29T10:00:00Z");
        return record;
    }

    private static void add(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static String eventId(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8);
    }

    private static boolean consumerCheckIs(String status) {
        JsonPath health = given().get("/q/health/ready").then().extract().jsonPath();
        return status.equals(health.getString("checks.find { it.name == '" + ConsumerReadiness.NAME + "' }.status"));
    }
}
