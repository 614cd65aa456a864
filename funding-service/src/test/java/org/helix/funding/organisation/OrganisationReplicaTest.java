package org.helix.funding.organisation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.helix.funding.organisation.GovernanceTopic.REGISTERED;
import static org.helix.funding.organisation.GovernanceTopic.UPDATED;
import static org.helix.funding.organisation.GovernanceTopic.organisation;
import static org.helix.funding.organisation.GovernanceTopic.organisationInSamePartitionAs;

/** Governance's organisation events, sent as real Kafka records, become the replica this service serves. */
@QuarkusTest
@QuarkusTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class OrganisationReplicaTest {

    private final GovernanceTopic governance = new GovernanceTopic();

    @Test
    void registeredOrganisationCanBeRead() {
        UUID id = UUID.randomUUID();
        ObjectNode data = organisation(id, "Jade River Polytechnic", "SCHOOL", 0);
        data.put("region", "North Valley");
        data.put("website", "https://jade-river.example.org");
        governance.send(REGISTERED, data);

        await().atMost(Replica.PATIENCE).untilAsserted(() -> Replica.get(id)
                .statusCode(200)
                .contentType("application/json")
                .body("id", equalTo(id.toString()))
                .body("name", equalTo("Jade River Polytechnic"))
                .body("type", equalTo("SCHOOL"))
                .body("region", equalTo("North Valley"))
                .body("contactEmail", equalTo("office@" + id + ".example.org"))
                .body("website", equalTo("https://jade-river.example.org"))
                .body("version", equalTo(0)));
    }

    @Test
    void newerVersionReplacesTheReplicaButAnOlderOneDoesNot() {
        UUID id = UUID.randomUUID();
        governance.send(REGISTERED, organisation(id, "Harbour Logistics", "ENTERPRISE", 0));
        Replica.awaitName(id, "Harbour Logistics");

        ObjectNode newer = organisation(id, "Harbour Logistics Group", "ENTERPRISE", 2);
        newer.put("region", "East Port");
        governance.send(UPDATED, newer);
        await().atMost(Replica.PATIENCE).untilAsserted(() -> Replica.get(id).statusCode(200)
                .body("name", equalTo("Harbour Logistics Group"))
                .body("region", equalTo("East Port"))
                .body("version", equalTo(2)));

        governance.send(UPDATED, organisation(id, "Harbour Logistics (stale)", "INDUSTRY_ASSOCIATION", 1));
        // an event consumed after the stale one: once it shows, the stale one has been processed
        UUID sentinel = organisationInSamePartitionAs(id);
        governance.send(REGISTERED, organisation(sentinel, "Sentinel Training Centre", "SOCIAL_ORGANISATION", 0));
        Replica.awaitName(sentinel, "Sentinel Training Centre");

        Replica.get(id).statusCode(200)
                .body("name", equalTo("Harbour Logistics Group"))
                .body("type", equalTo("ENTERPRISE"))
                .body("region", equalTo("East Port"))
                .body("website", nullValue())
                .body("version", equalTo(2));
    }
}
