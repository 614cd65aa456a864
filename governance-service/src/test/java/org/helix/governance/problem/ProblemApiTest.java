package org.helix.governance.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.governance.GovernanceServers;
import org.helix.platform.testing.JsonSchemas;
import org.helix.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.helix.governance.GovernanceFixtures.LAKESIDE_POLYTECHNIC;
import static org.helix.governance.GovernanceFixtures.NOVA_MANUFACTURING;
import static org.helix.governance.GovernanceFixtures.RIVERSIDE_COLLEGE;
import static org.helix.governance.GovernanceFixtures.as;
import static org.helix.governance.GovernanceFixtures.demoOrganisations;
import static org.helix.governance.GovernanceFixtures.unique;
import static org.helix.governance.problem.ProblemFixtures.problem;
import static org.helix.governance.problem.ProblemFixtures.problemBody;
import static org.helix.governance.problem.ProblemFixtures.problems;
import static org.helix.governance.problem.ProblemFixtures.raise;
import static org.helix.governance.problem.ProblemFixtures.tiers;
import static org.helix.platform.testing.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@GovernanceServers
class ProblemApiTest {

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void aProblemClimbsFromMicroToMacroKeepingItsHistoryAndIsResolvedThere() {
        ProblemFixtures.Tiers tiers = tiers();
        UUID id = UUID.fromString(as("school-admin").body(problemBody("Internship insurance gap"))
                .post(problems(tiers.micro())).then().statusCode(201)
                .header("Location", containsString("/api/governance/problems/"))
                .body("status", equalTo("OPEN"), "tier", equalTo("MICRO"),
                        "committeeId", equalTo(tiers.micro().toString()),
                        "originCommitteeId", equalTo(tiers.micro().toString()),
                        "raisingOrganisationId", equalTo(RIVERSIDE_COLLEGE.toString()),
                        "severity", equalTo("HIGH"), "history", hasSize(1),
                        "history[0].tier", equalTo("MICRO"), "history[0].automatic", equalTo(false),
                        "history[0].by", notNullValue())
                .extract().path("id"));

        as("school-admin").body(Map.of("reason", "Needs an alliance-wide insurance policy"))
                .post(problem(id) + "/escalate").then().statusCode(200)
                .body("status", equalTo("ESCALATED"), "tier", equalTo("MESO"),
                        "committeeId", equalTo(tiers.meso().toString()), "history", hasSize(2),
                        "history[1].committeeId", equalTo(tiers.meso().toString()),
                        "history[1].fromCommitteeId", equalTo(tiers.micro().toString()),
                        "history[1].fromTier", equalTo("MICRO"), "history[1].automatic", equalTo(false),
                        "history[1].reason", equalTo("Needs an alliance-wide insurance policy"),
                        "history[1].byOrganisationId", equalTo(RIVERSIDE_COLLEGE.toString()));
        // the problem now sits at the MESO committee, where the college is not a member
        as("school-admin").body(Map.of()).post(problem(id) + "/escalate").then().statusCode(403);
        as("association-rep").post(problem(id) + "/escalate").then().statusCode(200)
                .body("status", equalTo("ESCALATED"), "tier", equalTo("MACRO"), "history", hasSize(3),
                        "history[2].fromTier", equalTo("MESO"), "history[2].reason", nullValue());
        as("gov-officer").body(Map.of("reason", "no higher tier")).post(problem(id) + "/escalate").then()
                .statusCode(409).body("type", equalTo("urn:helix:problem:no-higher-tier"));

        as("gov-officer").body(Map.of("resolutionNote", "Provincial internship insurance scheme adopted"))
                .post(problem(id) + "/resolve").then().statusCode(200)
                .body("status", equalTo("RESOLVED"), "tier", equalTo("MACRO"),
                        "resolutionNote", equalTo("Provincial internship insurance scheme adopted"),
                        "resolvedAt", notNullValue(), "resolvedBy", notNullValue());
        as("gov-officer").body(Map.of("resolutionNote", "again")).post(problem(id) + "/resolve").then()
                .statusCode(409).body("type", equalTo("urn:helix:problem:illegal-transition"));
        as("secretariat").body(Map.of()).post(problem(id) + "/escalate").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:illegal-transition"));

        as("student").get(problem(id)).then().statusCode(200)
                .body("history.tier", equalTo(List.of("MICRO", "MESO", "MACRO")),
                        "history.committeeId", equalTo(List.of(tiers.micro().toString(), tiers.meso().toString(),
                                tiers.macro().toString())));
        as("student").get(problems(tiers.micro())).then().statusCode(200).body("total", equalTo(0));
        as("student").queryParam("status", "RESOLVED").get(problems(tiers.macro())).then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
    }

    @Test
    void aProblemAtTheMacroCommitteeCannotBeEscalated() {
        ProblemFixtures.Tiers tiers = tiers();
        UUID id = raise("gov-officer", tiers.macro());
        as("secretariat").body(Map.of("reason", "up")).post(problem(id) + "/escalate").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:no-higher-tier"));
        as("gov-officer").get(problem(id)).then().statusCode(200).body("status", equalTo("OPEN"),
                "history", hasSize(1));
    }

    @Test
    void anOpenProblemCanBeResolvedWhereItWasRaisedWithANote() {
        ProblemFixtures.Tiers tiers = tiers();
        UUID id = raise("enterprise-rep", tiers.micro());
        as("school-admin").body(Map.of()).post(problem(id) + "/resolve").then().statusCode(400)
                .body("errors.field", hasItem("resolutionNote"));
        as("school-admin").body(Map.of("resolutionNote", "Safety course added to the induction week"))
                .post(problem(id) + "/resolve").then().statusCode(200).body("status", equalTo("RESOLVED"),
                        "tier", equalTo("MICRO"));
        as("school-admin").body(Map.of("reason", "too late")).post(problem(id) + "/escalate").then()
                .statusCode(409);
    }

    @Test
    void raisingChecksTheFieldsAndTheCommittee() {
        ProblemFixtures.Tiers tiers = tiers();
        as("school-admin").body(Map.of("title", "No severity", "description", "d")).post(problems(tiers.micro()))
                .then().statusCode(400).body("errors.field", hasItem("severity"));
        as("school-admin").body(Map.of("title", "Bad severity", "description", "d", "severity", "URGENT"))
                .post(problems(tiers.micro())).then().statusCode(400);
        as("school-admin").body(problemBody("Nowhere")).post(problems(UUID.randomUUID())).then().statusCode(404);
        as("school-admin").get(problem(UUID.randomUUID())).then().statusCode(404);
    }

    @Test
    void permissionMatrix() {
        ProblemFixtures.Tiers tiers = tiers();
        String raise = problems(tiers.micro());
        // raise: representatives of current members for their own organisation; secretariat/admin for any member
        as("teacher").body(problemBody("Teacher")).post(raise).then().statusCode(403);
        as("student").body(problemBody("Student")).post(raise).then().statusCode(403);
        as("school-admin-2").body(problemBody("Not a member")).post(raise).then().statusCode(403);
        Map<String, Object> forNova = new HashMap<>(problemBody("For someone else"));
        forNova.put("raisingOrganisationId", NOVA_MANUFACTURING);
        as("school-admin").body(forNova).post(raise).then().statusCode(403);
        as("secretariat").body(forNova).post(raise).then().statusCode(201)
                .body("raisingOrganisationId", equalTo(NOVA_MANUFACTURING.toString()));
        Map<String, Object> forLakeside = new HashMap<>(problemBody("For a non-member"));
        forLakeside.put("raisingOrganisationId", LAKESIDE_POLYTECHNIC);
        as("admin").body(forLakeside).post(raise).then().statusCode(422)
                .body("errors[0].field", equalTo("raisingOrganisationId"));
        as("secretariat").body(problemBody("Secretariat is no member")).post(raise).then().statusCode(422)
                .body("errors[0].field", equalTo("raisingOrganisationId"));
        given().contentType("application/json").body(problemBody("Anonymous")).post(raise).then().statusCode(401);

        // read: any authenticated caller
        UUID id = raise("enterprise-rep", tiers.micro());
        as("student").get(problem(id)).then().statusCode(200);
        as("teacher").get(raise).then().statusCode(200);
        given().get(problem(id)).then().statusCode(401);

        // escalate and resolve: secretariat/admin, or a representative of a current member where it sits
        as("teacher").body(Map.of()).post(problem(id) + "/escalate").then().statusCode(403);
        as("enterprise-rep-2").body(Map.of()).post(problem(id) + "/escalate").then().statusCode(403);
        as("association-rep").body(Map.of()).post(problem(id) + "/escalate").then().statusCode(403);
        as("enterprise-rep").body(Map.of()).post(problem(id) + "/escalate").then().statusCode(200);
        as("secretariat").body(Map.of("reason", "Policy question")).post(problem(id) + "/escalate").then()
                .statusCode(200).body("tier", equalTo("MACRO"));
        as("enterprise-rep").body(Map.of("resolutionNote", "n")).post(problem(id) + "/resolve").then()
                .statusCode(403);
        as("teacher").body(Map.of("resolutionNote", "n")).post(problem(id) + "/resolve").then().statusCode(403);
        as("gov-officer").body(Map.of("resolutionNote", "Handled by the promotion committee"))
                .post(problem(id) + "/resolve").then().statusCode(200);
        UUID other = raise("school-admin", tiers.micro());
        as("admin").body(Map.of("resolutionNote", "Closed by the administrator")).post(problem(other) + "/resolve")
                .then().statusCode(200);
    }

    @Test
    void listsArePagedAndFilteredByStatus() {
        ProblemFixtures.Tiers tiers = tiers();
        UUID first = raise("school-admin", tiers.micro());
        UUID second = raise("enterprise-rep", tiers.micro());
        UUID third = raise("school-admin", tiers.micro());
        as("secretariat").body(Map.of("resolutionNote", "done")).post(problem(second) + "/resolve").then()
                .statusCode(200);
        as("teacher").queryParam("size", 2).get(problems(tiers.micro())).then().statusCode(200)
                .body("total", equalTo(3), "totalPages", equalTo(2), "items", hasSize(2),
                        "items[0].id", equalTo(third.toString()));
        as("teacher").queryParam("status", "OPEN").queryParam("sort", "raisedAt,asc").get(problems(tiers.micro()))
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(first.toString(), third.toString())));
        as("teacher").queryParam("status", "RESOLVED").get(problems(tiers.micro())).then().statusCode(200)
                .body("items.id", equalTo(List.of(second.toString())));
        as("teacher").queryParam("sort", "committee").get(problems(tiers.micro())).then().statusCode(400);
        as("teacher").queryParam("status", "PENDING").get(problems(tiers.micro())).then().statusCode(not(200));
    }

    @Test
    void raisingHonoursTheIdempotencyKey() {
        ProblemFixtures.Tiers tiers = tiers();
        Map<String, Object> body = problemBody(unique("Retried"));
        String key = UUID.randomUUID().toString();
        String id = as("school-admin").header("Idempotency-Key", key).body(body).post(problems(tiers.micro()))
                .then().statusCode(201).extract().path("id");
        as("school-admin").header("Idempotency-Key", key).body(body).post(problems(tiers.micro()))
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        as("teacher").get(problems(tiers.micro())).then().body("total", equalTo(1));
    }

    @Test
    void everyChangeIsAudited() {
        ProblemFixtures.Tiers tiers = tiers();
        UUID id = raise("school-admin", tiers.micro());
        as("school-admin").body(Map.of("reason", "r")).post(problem(id) + "/escalate").then().statusCode(200);
        as("association-rep").body(Map.of("resolutionNote", "n")).post(problem(id) + "/resolve").then()
                .statusCode(200);
        as("secretariat").queryParam("resourceType", "Problem").queryParam("resourceId", id)
                .get("/api/governance/audit").then().statusCode(200)
                .body("items.action", equalTo(List.of("resolve", "escalate", "raise")),
                        "items[2].before", nullValue(), "items[2].after.status", equalTo("OPEN"),
                        "items[1].before.tier", equalTo("MICRO"), "items[1].after.tier", equalTo("MESO"),
                        "items[0].before.status", equalTo("ESCALATED"), "items[0].after.status",
                        equalTo("RESOLVED"), "items[0].organisationId",
                        equalTo("00000000-0000-4000-8000-000000000004"));
    }

    @Test
    void raisedEscalatedAndResolvedEventsMatchTheirSchemas() {
        ProblemFixtures.Tiers tiers = tiers();
        UUID id = raise("school-admin", tiers.micro());
        as("school-admin").body(Map.of("reason", "Beyond the cooperation office"))
                .post(problem(id) + "/escalate").then().statusCode(200);
        as("association-rep").body(Map.of("resolutionNote", "Alliance training fund covers it"))
                .post(problem(id) + "/resolve").then().statusCode(200);

        List<ConsumerRecord<String, String>> events = KafkaTestClient.forTestServers().read("helix.governance.v1",
                record -> id.toString().equals(record.key()), found -> found.size() >= 3, Duration.ofSeconds(30));

        assertEquals(List.of("helix.governance.ProblemRaised", "helix.governance.ProblemEscalated",
                "helix.governance.ProblemResolved"), events.stream().map(e -> header(e, "ce_type")).toList());
        assertEquals("Problem/" + id, header(events.get(0), "ce_subject"));
        JsonSchemas.assertMatches(Path.of("events/ProblemRaised.schema.json"), events.get(0).value());
        JsonSchemas.assertMatches(Path.of("events/ProblemEscalated.schema.json"), events.get(1).value());
        JsonSchemas.assertMatches(Path.of("events/ProblemResolved.schema.json"), events.get(2).value());

        JsonObject raised = new JsonObject(events.get(0).value());
        assertEquals(RIVERSIDE_COLLEGE.toString(), raised.getString("raisingOrganisationId"));
        assertEquals("MICRO", raised.getString("tier"));
        JsonObject escalated = new JsonObject(events.get(1).value());
        assertEquals(tiers.micro().toString(), escalated.getString("fromCommitteeId"));
        assertEquals("MICRO", escalated.getString("fromTier"));
        assertEquals(tiers.meso().toString(), escalated.getString("toCommitteeId"));
        assertEquals("MESO", escalated.getString("toTier"));
        assertFalse(escalated.getBoolean("automatic"));
        JsonObject resolved = new JsonObject(events.get(2).value());
        assertEquals(tiers.meso().toString(), resolved.getString("committeeId"));
        assertEquals(1, resolved.getInteger("escalations"));
    }
}
