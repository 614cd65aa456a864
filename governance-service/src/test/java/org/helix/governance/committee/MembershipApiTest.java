package org.helix.governance.committee;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.governance.GovernanceServers;
import org.helix.platform.testing.JsonSchemas;
import org.helix.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.helix.governance.GovernanceFixtures.NOVA_MANUFACTURING;
import static org.helix.governance.GovernanceFixtures.RIVERSIDE_COLLEGE;
import static org.helix.governance.GovernanceFixtures.LAKESIDE_POLYTECHNIC;
import static org.helix.governance.GovernanceFixtures.as;
import static org.helix.governance.GovernanceFixtures.demoOrganisations;
import static org.helix.governance.GovernanceFixtures.join;
import static org.helix.governance.GovernanceFixtures.macro;
import static org.helix.governance.GovernanceFixtures.unique;
import static org.helix.platform.testing.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@GovernanceServers
class MembershipApiTest {

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void anOrganisationIsAMemberOnceAndACommitteeHasOneChair() {
        UUID committee = macro(unique("Members MACRO"));
        String members = "/api/governance/committees/" + committee + "/members";
        UUID chair = join(committee, RIVERSIDE_COLLEGE, "CHAIR");
        as("secretariat").body(Map.of("organisationId", RIVERSIDE_COLLEGE, "position", "MEMBER")).post(members)
                .then().statusCode(409).body("type", equalTo("urn:helix:problem:already-member"));
        as("secretariat").body(Map.of("organisationId", NOVA_MANUFACTURING, "position", "CHAIR")).post(members)
                .then().statusCode(409).body("type", equalTo("urn:helix:problem:chair-taken"));
        join(committee, NOVA_MANUFACTURING, "SECRETARY");

        // ended today: no longer current (an end date still to come keeps it current until that day)
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        as("secretariat").body(Map.of("until", today)).post(members + "/" + chair + "/end")
                .then().statusCode(200).body("until", equalTo(today), "current", equalTo(false));
        as("secretariat").body(Map.of()).post(members + "/" + chair + "/end").then().statusCode(409);
        join(committee, LAKESIDE_POLYTECHNIC, "CHAIR");
        join(committee, RIVERSIDE_COLLEGE, "MEMBER");

        as("student").get(members).then().statusCode(200).body("total", equalTo(4));
        as("student").queryParam("current", true).get(members).then().statusCode(200).body("items", hasSize(3));
    }

    @Test
    void unknownOrganisationOrCommitteeIsNotFound() {
        UUID committee = macro(unique("Members MACRO"));
        as("secretariat").body(Map.of("organisationId", UUID.randomUUID(), "position", "MEMBER"))
                .post("/api/governance/committees/" + committee + "/members").then().statusCode(404);
        as("secretariat").body(Map.of("organisationId", RIVERSIDE_COLLEGE, "position", "MEMBER"))
                .post("/api/governance/committees/" + UUID.randomUUID() + "/members").then().statusCode(404);
        as("school-admin").body(Map.of("organisationId", RIVERSIDE_COLLEGE, "position", "MEMBER"))
                .post("/api/governance/committees/" + committee + "/members").then().statusCode(403);
    }

    @Test
    void committeeAndMembershipEventsMatchTheirSchemas() {
        UUID committee = macro(unique("Evented MACRO"));
        UUID membership = join(committee, NOVA_MANUFACTURING, "MEMBER");
        as("secretariat").body(Map.of()).post("/api/governance/committees/" + committee + "/members/" + membership
                + "/end").then().statusCode(200);

        List<ConsumerRecord<String, String>> events = KafkaTestClient.forTestServers().read("helix.governance.v1",
                record -> committee.toString().equals(record.key()), found -> found.size() >= 3,
                Duration.ofSeconds(30));

        assertEquals(List.of("helix.governance.CommitteeCreated", "helix.governance.MemberJoined",
                "helix.governance.MemberLeft"), events.stream().map(e -> header(e, "ce_type")).toList());
        JsonSchemas.assertMatches(Path.of("events/CommitteeCreated.schema.json"), events.get(0).value());
        JsonSchemas.assertMatches(Path.of("events/MemberJoined.schema.json"), events.get(1).value());
        JsonSchemas.assertMatches(Path.of("events/MemberLeft.schema.json"), events.get(2).value());
    }

    @Test
    void everyChangeIsAudited() {
        UUID committee = macro(unique("Audited MACRO"));
        UUID membership = join(committee, NOVA_MANUFACTURING, "MEMBER");
        as("secretariat").queryParam("resourceType", "Membership").queryParam("resourceId", membership)
                .get("/api/governance/audit").then().statusCode(200)
                .body("items", hasSize(1), "items[0].action", equalTo("join"),
                        "items[0].organisationId", equalTo("00000000-0000-4000-8000-000000000007"),
                        "items[0].subject", notNullValue(), "items[0].before", equalTo(null),
                        "items[0].after.position", equalTo("MEMBER"));
        join(committee, org.helix.governance.GovernanceFixtures.GOVERNMENT, "MEMBER");
        as("gov-officer").body(Map.of("name", "Audited MACRO renamed", "tier", "MACRO", "version", 0))
                .put("/api/governance/committees/" + committee).then().statusCode(200);
        as("admin").queryParam("resourceType", "Committee").queryParam("resourceId", committee)
                .get("/api/governance/audit").then().statusCode(200)
                .body("items", hasSize(2), "items[0].action", equalTo("update"),
                        "items[0].after.name", equalTo("Audited MACRO renamed"),
                        "items[0].before.version", equalTo(0));
        as("teacher").get("/api/governance/audit").then().statusCode(403);
    }
}
