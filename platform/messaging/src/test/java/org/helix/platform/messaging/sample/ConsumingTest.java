package org.helix.platform.messaging.sample;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The platform's consuming, tested once for every service: one effect per event id, a replica never goes back to an
 * older version, types nobody handles are skipped, and poison is dead-lettered with its reason while the next record
 * is still applied. Real Kafka records, a real PostgreSQL.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = {@ResourceArg(name = "database", value = "sample"),
        @ResourceArg(name = "postgres", value = "private")})
class ConsumingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final SampleTopic sample = new SampleTopic();

    @Inject
    SampleDatabase database;

    @Test
    void anEventDeliveredTwiceHasOneEffect() {
        UUID venue = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String first = "{\"venueId\":\"" + venue + "\",\"points\":7}";
        sample.send(eventId, ScoreBook.RECORDED, venue, first);
        // the same event again, as a redelivery brings it (its data differs, so a second effect would show)
        sample.send(eventId, ScoreBook.RECORDED, venue, "{\"venueId\":\"" + venue + "\",\"points\":9}");
        awaitConsumedUpTo(venue);

        assertEquals(1, database.scoreRows(List.of(eventId)));
        assertEquals(7, database.count("select sum(points) from score where event_id = ?1", eventId));
    }

    @Test
    void anOlderVersionNeverOverwritesANewerOne() {
        UUID venue = UUID.randomUUID();
        sample.venue(venue, "Harbour Hall", 0);
        sample.venue(venue, "Harbour Hall East", 2);
        await().atMost(PATIENCE).until(() -> database.venue(venue).map(SampleDatabase.Venue::version)
                .equals(Optional.of(2L)));

        sample.venue(venue, "Harbour Hall (stale)", 1);
        awaitConsumedUpTo(venue);

        assertEquals(new SampleDatabase.Venue("Harbour Hall East", null, 2), database.venue(venue).orElseThrow());
    }

    @Test
    void anEventOfATypeNoHandlerTakesIsSkippedEvenWithUnreadableData() {
        UUID venue = UUID.randomUUID();
        sample.venue(venue, "Quarry Theatre", 0);
        // venue-shaped data under another type: were the type not checked, it would rename the venue
        String renamedElsewhere = sample.send("helix.sample.VenueDemolished", venue,
                "{\"venueId\":\"" + venue + "\",\"name\":\"Quarry Ruins\",\"version\":5}");
        String unreadable = sample.send("helix.sample.VenueAudited", venue, "{not json");
        awaitConsumedUpTo(venue);

        assertEquals(new SampleDatabase.Venue("Quarry Theatre", null, 0), database.venue(venue).orElseThrow());
        assertEquals(0, database.inInbox(List.of(renamedElsewhere, unreadable)), "skipped, not applied");
        List<ConsumerRecord<String, String>> deadLetters = KafkaTestClient.forTestServers().readAll(
                SampleTopic.DEAD_LETTERS, r -> venue.toString().equals(r.key()));
        assertThat("a type nobody handles is no dead letter", deadLetters, hasSize(0));
    }

    @Test
    void poisonIsDeadLetteredWithItsReasonAndTheNextRecordIsStillApplied() {
        UUID venue = UUID.randomUUID();
        // all under the venue's key, so they share a partition with the good event sent after them
        sample.send(VenueReplica.REGISTERED, venue, "{not json");
        sample.sendRaw(venue, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, 0x00, 0x01});
        sample.send(VenueReplica.REGISTERED, venue, "{\"venueId\":\"" + venue + "\",\"version\":0}");
        sample.send(VenueReplica.REGISTERED, venue,
                "{\"venueId\":\"" + venue + "\",\"name\":\"Minus Hall\",\"capacity\":-1,\"version\":0}");
        sample.venue(venue, "Lakeside Arena", 0);

        await().atMost(PATIENCE).until(() -> database.venue(venue).map(SampleDatabase.Venue::name)
                .equals(Optional.of("Lakeside Arena")));

        List<ConsumerRecord<String, String>> deadLetters = KafkaTestClient.forTestServers().read(
                SampleTopic.DEAD_LETTERS, r -> venue.toString().equals(r.key()), found -> found.size() >= 4, PATIENCE);
        assertThat(deadLetters, hasSize(4));
        assertThat(deadLetters.stream().map(r -> KafkaTestClient.header(r, "dead-letter-reason")).toList(), hasItems(
                containsString("data is not valid JSON"),
                containsString("is not a CloudEvent: header ce_id missing"),
                containsString("name is missing"),
                containsString("the database refused its data")));
        assertThat(deadLetters.stream().map(r -> KafkaTestClient.header(r, "dead-letter-topic")).toList(),
                everyItem(equalTo(SampleTopic.TOPIC)));
        assertThat(deadLetters.stream().map(ConsumerRecord::value).toList(), hasItems(equalTo("{not json")));
    }

    /** Waits until a record sent now to the venue's partition is applied: everything sent before it was consumed. */
    private void awaitConsumedUpTo(UUID venue) {
        UUID sentinel = sample.sentinelFor(venue);
        sample.venue(sentinel, "Sentinel Stage", 0);
        await().atMost(PATIENCE).until(() -> database.venue(sentinel).isPresent());
    }
}
