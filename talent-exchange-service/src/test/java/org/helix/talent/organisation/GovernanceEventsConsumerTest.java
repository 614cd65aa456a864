package org.helix.talent.organisation;

import org.helix.talent.TalentFixtures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.testing.CloudEventTopic;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.KafkaTestClient;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;

/**
 * The platform's delivery guarantees (tested in depth in platform/messaging), seen through this real consumer:
 * a redelivery or an older version changes nothing, other types are skipped, poison is dead-lettered with its reason
 * and can be replayed by an admin.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "talent"))
class GovernanceEventsConsumerTest {

    private static final String DEAD_LETTERS = "helix.talent.dlq";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final CloudEventTopic governance = new CloudEventTopic(TalentFixtures.GOVERNANCE_TOPIC, "/helix/governance");

    @Test
    void redeliveriesOlderVersionsAndOtherTypesLeaveTheReplicaAsItIs() {
        ContractFixture registered = organisation("Harbour Logistics", 2);
        String id = registered.text("organisationId");
        String eventId = UUID.randomUUID().toString();
        governance.send(eventId, OrganisationReplica.REGISTERED, "Organisation/" + id, id, registered.bytes());
        awaitName(id, "Harbour Logistics");

        // the same event id again with newer data, an older version, and the same data under a type nobody handles
        governance.send(eventId, OrganisationReplica.REGISTERED, "Organisation/" + id, id,
                registered.with("name", "Harbour (applied twice)").with("version", 3).bytes());
        governance.send(OrganisationReplica.UPDATED, "Organisation/" + id, id,
                registered.with("name", "Harbour (stale)").with("version", 1).bytes());
        governance.send("helix.governance.OrganisationMerged", "Organisation/" + id, id,
                registered.with("name", "Harbour (merged)").with("version", 4).bytes());
        // an event consumed after those: once it shows, they have been processed
        String sentinel = governance.keyInSamePartitionAs(id);
        governance.send(OrganisationReplica.REGISTERED, "Organisation/" + sentinel, sentinel,
                organisation("Sentinel Skills Alliance", 0).with("organisationId", sentinel).bytes());
        awaitName(sentinel, "Sentinel Skills Alliance");

        OrganisationReplicaTest.get(id).statusCode(200).body("name", equalTo("Harbour Logistics"))
                .body("version", equalTo(2));
    }

    @Test
    void poisonIsDeadLetteredWithItsReasonTheNextRecordIsAppliedAndAnAdminCanReplay() {
        ContractFixture good = organisation("Lakeside Vocational College", 0);
        String id = good.text("organisationId");
        governance.send(OrganisationReplica.REGISTERED, "Organisation/" + id, id, bytes("{not json"));
        String nameless = governance.send(OrganisationReplica.REGISTERED, "Organisation/" + id, id,
                bytes(good.without("name").unchecked()));
        governance.send(OrganisationReplica.REGISTERED, "Organisation/" + id, id, good.bytes());
        awaitName(id, "Lakeside Vocational College");

        List<ConsumerRecord<String, String>> deadLetters = KafkaTestClient.forTestServers().read(DEAD_LETTERS,
                r -> id.equals(r.key()), found -> found.size() >= 2, PATIENCE);
        assertThat(deadLetters, hasSize(2));
        assertThat(deadLetters.stream().map(r -> KafkaTestClient.header(r, "dead-letter-reason")).toList(),
                hasItems(containsString("data is not valid JSON"), containsString("name is missing")));

        String replay = "/api/talent-exchange/admin/dead-letters/replay";
        given().auth().oauth2(Tokens.user("secretariat")).post(replay).then().statusCode(403);
        List<String> stillPoison = given().auth().oauth2(Tokens.user("admin")).post(replay).then().statusCode(200)
                .body("topic", equalTo(DEAD_LETTERS)).extract().jsonPath().getList("stillPoison.eventId");
        assertThat("without a fix, poison stays poison", stillPoison, hasItem(nameless));
    }

    private static ContractFixture organisation(String name, long version) {
        return ContractFixture.ofEvent("governance-service", "OrganisationRegistered").with("name", name)
                .with("type", "ENTERPRISE").with("version", version);
    }

    private static void awaitName(String id, String name) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> OrganisationReplicaTest.get(id).statusCode(200).body("name", equalTo(name)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
