package org.helix.platform.messaging.sample;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.helix.platform.messaging.retention.MessagingRetention;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sent outbox rows and inbox ids go after 7 days by the service's clock; unsent and parked rows stay. */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = {@ResourceArg(name = "database", value = "sample"),
        @ResourceArg(name = "postgres", value = "private")})
class RetentionTest {

    @Inject
    MessagingRetention retention;

    @Inject
    SampleClock clock;

    @Inject
    SampleDatabase database;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void rowsOlderThanTheRetentionArePrunedAndNothingElse() {
        Instant now = clock.instant();
        String sentLongAgo = outboxRow(now.minus(Duration.ofDays(6)), now.minus(Duration.ofDays(6)), null);
        String sentLately = outboxRow(now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)), null);
        String neverSent = outboxRow(now.minus(Duration.ofDays(30)), null, null);
        String parked = outboxRow(now.minus(Duration.ofDays(30)), null, now.minus(Duration.ofDays(30)));
        String seenLongAgo = inboxRow(now.minus(Duration.ofDays(6)));
        String seenLately = inboxRow(now.minus(Duration.ofDays(1)));

        retention.prune();
        assertEquals(4, outboxRows(sentLongAgo, sentLately, neverSent, parked), "nothing is 7 days old yet");
        assertEquals(2, inboxRows(seenLongAgo, seenLately));

        clock.advance(Duration.ofDays(1).plusHours(1)); // the long-ago rows are now 7 days and an hour old
        retention.prune();

        assertEquals(0, outboxRows(sentLongAgo));
        assertEquals(3, outboxRows(sentLately, neverSent, parked));
        assertEquals(0, inboxRows(seenLongAgo));
        assertEquals(1, inboxRows(seenLately));
    }

    private String outboxRow(Instant occurredAt, Instant sentAt, Instant parkedAt) {
        String eventId = UUID.randomUUID().toString();
        database.execute("""
                insert into helix_outbox (event_id, event_type, aggregate_type, aggregate_id, payload, occurred_at,
                                          sent_at, parked_at)
                values (cast(?1 as uuid), 'Noted', 'Venue', ?2, '{}', ?3, ?4, ?5)""",
                eventId, UUID.randomUUID().toString(), Timestamp.from(occurredAt), timestamp(sentAt), timestamp(parkedAt));
        return eventId;
    }

    private String inboxRow(Instant receivedAt) {
        String eventId = UUID.randomUUID().toString();
        database.execute("insert into helix_inbox (event_id, event_type, source, received_at) values (?1, 'x', 'y', ?2)",
                eventId, Timestamp.from(receivedAt));
        return eventId;
    }

    private long outboxRows(String... eventIds) {
        return database.count("select count(*) from helix_outbox where cast(event_id as varchar) in (?1)",
                List.of(eventIds));
    }

    private long inboxRows(String... eventIds) {
        return database.inInbox(List.of(eventIds));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
