package org.helix.talent.organisation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.messaging.inbox.PoisonEventException;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.helix.talent.organisation.GovernanceTopic.REGISTERED;
import static org.helix.talent.organisation.GovernanceTopic.organisation;
import static org.helix.talent.organisation.GovernanceTopic.organisationInSamePartitionAs;

/** Delivery guarantees of the consumer: one effect per event id, and poison never blocks the topic. */
@QuarkusTest
@QuarkusTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "talent"))
class GovernanceEventsConsumerTest {

    private static final String DEAD_LETTER_TOPIC = "helix.talent.dlq";

    private final GovernanceTopic governance = new GovernanceTopic();

    @Inject
    EntityManager entityManager;

    @Test
    void anEventDeliveredTwiceHasOneEffect() {
        UUID id = UUID.randomUUID();
        String eventId = governance.send(REGISTERED, organisation(id, "Northern Tool Works", "ENTERPRISE", 0));
        Replica.awaitName(id, "Northern Tool Works");

        // the same event again, as a redelivery brings it; its data differs and is newer, so a second effect would show
        governance.send(eventId, REGISTERED, id.toString(),
                bytes(organisation(id, "Northern Tool Works (applied twice)", "ENTERPRISE", 1).toString()));
        // an event consumed after the duplicate: once it shows, the duplicate has been processed
        UUID sentinel = organisationInSamePartitionAs(id);
        governance.send(REGISTERED, organisation(sentinel, "Sentinel Skills Alliance", "INDUSTRY_ASSOCIATION", 0));
        Replica.awaitName(sentinel, "Sentinel Skills Alliance");

        Replica.get(id).statusCode(200)
                .body("name", equalTo("Northern Tool Works"))
                .body("version", equalTo(0));
    }

    @Test
    void anEventOfATypeThisServiceDoesNotUseIsRecordedWithoutEffect() {
        UUID id = UUID.randomUUID();
        governance.send(REGISTERED, organisation(id, "Riverside Chamber of Crafts", "INDUSTRY_ASSOCIATION", 0));
        Replica.awaitName(id, "Riverside Chamber of Crafts");

        // organisation-shaped data under another type: were the type not checked, it would rename the organisation
        String other = UUID.randomUUID().toString();
        governance.send(other, "helix.governance.OrganisationMerged", id.toString(),
                bytes(organisation(id, "Riverside Merged Chamber", "INDUSTRY_ASSOCIATION", 1).toString()));
        await().atMost(Replica.PATIENCE).until(() -> recordedInInbox(other));

        Replica.get(id).statusCode(200)
                .body("name", equalTo("Riverside Chamber of Crafts"))
                .body("version", equalTo(0));
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheNextRecordIsStillApplied() {
        UUID id = UUID.randomUUID();
        String key = id.toString();
        // all under the organisation's key, so they share a partition with the good event sent after them
        governance.send(UUID.randomUUID().toString(), REGISTERED, key, bytes("{not json"));
        governance.sendRaw(key, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, 0x00, 0x01, (byte) 0x80});
        governance.send(UUID.randomUUID().toString(), REGISTERED, key,
                bytes("{\"organisationId\":\"" + id + "\",\"type\":\"SCHOOL\",\"version\":0}"));
        governance.send(REGISTERED, organisation(id, "Lakeside Vocational College", "SCHOOL", 0));

        Replica.awaitName(id, "Lakeside Vocational College");

        List<ConsumerRecord<String, String>> deadLetters = KafkaTestClient.forTestServers().read(DEAD_LETTER_TOPIC,
                record -> key.equals(record.key()), found -> found.size() >= 3, Duration.ofSeconds(60));
        assertThat(deadLetters, hasSize(3));
        assertThat(deadLetters.stream().map(r -> header(r, "dead-letter-reason")).toList(), hasItems(
                containsString("data is not valid JSON"),
                containsString("is not a CloudEvent: header ce_id missing"),
                containsString("name is missing")));
        assertThat(deadLetters.stream().map(r -> header(r, "dead-letter-topic")).toList(),
                everyItem(equalTo(GovernanceTopic.TOPIC)));
        assertThat(deadLetters.stream().map(r -> header(r, "dead-letter-exception-class-name")).toList(),
                everyItem(equalTo(PoisonEventException.class.getName())));
        assertThat(deadLetters.stream().map(ConsumerRecord::value).toList(), hasItems(equalTo("{not json")));
    }

    private boolean recordedInInbox(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from helix_inbox where event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue() == 1);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return KafkaTestClient.header(record, name);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
