package org.helix.governance.organisation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.governance.GovernanceServers;
import org.helix.platform.infra.KafkaBroker;
import org.helix.platform.messaging.outbox.OutboxEvent;
import org.helix.platform.testing.InjectPrivateKafka;
import org.helix.platform.testing.InjectPrivateRealm;
import org.helix.platform.testing.KafkaTestClient;
import org.helix.platform.testing.PrivateRealm;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.helix.platform.testing.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Writes never wait for Kafka: with the broker down they succeed, and the events follow once it is back. */
@QuarkusTest
@GovernanceServers
class BrokerOutageTest {

    @InjectPrivateKafka
    KafkaBroker broker;

    @InjectPrivateRealm
    PrivateRealm keycloak;

    @Test
    void eventsWrittenWhileTheBrokerIsDownAreAllDeliveredOnceItIsBack() {
        broker.stop();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(given().auth().oauth2(keycloak.userToken("secretariat")).contentType(ContentType.JSON)
                    .body("{\"name\": \"Outage College " + i + "\", \"type\": \"SCHOOL\"}")
                    .post("/api/governance/organisations").then().statusCode(201).extract().path("id"));
        }
        given().auth().oauth2(keycloak.userToken("secretariat")).contentType(ContentType.JSON)
                .body("{\"name\": \"Outage College 0 renamed\", \"type\": \"SCHOOL\", \"version\": 0}")
                .put("/api/governance/organisations/" + ids.get(0)).then().statusCode(200);
        assertEquals(6, unsent(ids), "all six events wait in the outbox while the broker is down");

        broker.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> unsent(ids) == 0);
        List<ConsumerRecord<String, String>> records = new KafkaTestClient(broker.bootstrapServers())
                .readAll("helix.governance.v1", record -> ids.contains(record.key()));
        assertEquals(6, records.size(), "six events, none lost, none duplicated");
        Set<String> eventIds = records.stream().map(r -> header(r, "ce_id")).collect(Collectors.toCollection(HashSet::new));
        assertEquals(6, eventIds.size());
        Map<String, Long> perOrganisation = records.stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        ids.forEach(id -> assertEquals(id.equals(ids.get(0)) ? 2L : 1L, perOrganisation.get(id)));
        List<String> firstOrganisation = records.stream().filter(r -> r.key().equals(ids.get(0)))
                .map(r -> header(r, "ce_type")).toList();
        assertEquals(List.of("helix.governance.OrganisationRegistered", "helix.governance.OrganisationUpdated"),
                firstOrganisation, "events of one organisation stay in commit order");
    }

    private static long unsent(List<String> ids) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.count("sentAt is null and aggregateId in ?1", ids));
    }

}
