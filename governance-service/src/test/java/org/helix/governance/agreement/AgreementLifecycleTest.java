package org.helix.governance.agreement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.governance.GovernanceServers;
import org.helix.governance.TestClock;
import org.helix.platform.testing.JsonSchemas;
import org.helix.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.helix.governance.GovernanceFixtures.LAKESIDE_POLYTECHNIC;
import static org.helix.governance.GovernanceFixtures.NOVA_MANUFACTURING;
import static org.helix.governance.GovernanceFixtures.ORBIT_DIGITAL;
import static org.helix.governance.GovernanceFixtures.RIVERSIDE_COLLEGE;
import static org.helix.governance.GovernanceFixtures.as;
import static org.helix.governance.GovernanceFixtures.demoOrganisations;
import static org.helix.governance.agreement.AgreementFixtures.AGREEMENTS;
import static org.helix.governance.agreement.AgreementFixtures.agreement;
import static org.helix.governance.agreement.AgreementFixtures.draft;
import static org.helix.governance.agreement.AgreementFixtures.party;
import static org.helix.governance.agreement.AgreementFixtures.schoolEnterprise;
import static org.helix.governance.agreement.AgreementFixtures.terms;
import static org.helix.governance.agreement.AgreementFixtures.with;
import static org.helix.platform.testing.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DRAFT → SIGNED → ACTIVE → TERMINATED, signatures, the activation job on a moved clock, and the events. */
@QuarkusTest
@GovernanceServers
class AgreementLifecycleTest {

    @Inject
    TestClock clock;

    @Inject
    AgreementActivationJob job;

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void everyPartySigningAStartedAgreementMakesItSignedAndActiveAtOnce() {
        UUID id = draft("school-admin", schoolEnterprise(today().minusDays(1)));
        as("school-admin").post(agreement(id) + "/signatures").then().statusCode(200)
                .body("status", equalTo("DRAFT"), "parties[0].signed", equalTo(true),
                        "parties[0].signedAt", notNullValue(), "parties[0].signedBy", notNullValue(),
                        "parties[1].signed", equalTo(false));
        as("school-admin").post(agreement(id) + "/signatures").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:already-signed"));
        as("enterprise-rep").post(agreement(id) + "/signatures").then().statusCode(200)
                .body("status", equalTo("ACTIVE"), "signedAt", notNullValue(), "activatedAt", notNullValue(),
                        "parties.signed", everyItem(equalTo(true)));
        as("enterprise-rep").post(agreement(id) + "/signatures").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:illegal-transition"));

        as("enterprise-rep").body(Map.of()).post(agreement(id) + "/terminate").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as("enterprise-rep").body(Map.of("reason", "  ")).post(agreement(id) + "/terminate").then()
                .statusCode(400);
        as("enterprise-rep").body(Map.of("reason", "The training base closes")).post(agreement(id) + "/terminate")
                .then().statusCode(200).body("status", equalTo("TERMINATED"),
                        "terminationReason", equalTo("The training base closes"), "terminatedAt", notNullValue());
        as("secretariat").body(Map.of("reason", "again")).post(agreement(id) + "/terminate").then()
                .statusCode(409).body("type", equalTo("urn:helix:problem:illegal-transition"));
        as("school-admin").post(agreement(id) + "/signatures").then().statusCode(409);
        putAs("secretariat", id, schoolEnterprise(today())).then().statusCode(409);
    }

    @Test
    void aSignedAgreementWaitsForItsStartDateAndTheJobActivatesIt() {
        LocalDate start = today().plusDays(10);
        UUID id = draft("secretariat", schoolEnterprise(start));
        as("enterprise-rep").post(agreement(id) + "/signatures").then().statusCode(200);
        as("school-admin").post(agreement(id) + "/signatures").then().statusCode(200)
                .body("status", equalTo("SIGNED"), "activatedAt", nullValue());

        job.activateDue();
        as("school-admin").get(agreement(id)).then().body("status", equalTo("SIGNED"));
        clock.advance(Duration.ofDays(9));
        job.activateDue();
        as("school-admin").get(agreement(id)).then().body("status", equalTo("SIGNED"));

        clock.advance(Duration.ofDays(1));
        job.activateDue();
        as("school-admin").get(agreement(id)).then().body("status", equalTo("ACTIVE"),
                "activatedAt", notNullValue());
        as("secretariat").queryParam("resourceType", "Agreement").queryParam("resourceId", id)
                .get("/api/governance/audit").then().statusCode(200)
                .body("items[0].action", equalTo("activate"), "items[0].subject", equalTo("system"),
                        "items[0].before.status", equalTo("SIGNED"), "items[0].after.status", equalTo("ACTIVE"));
    }

    @Test
    void illegalTransitionsAre409() {
        UUID id = draft("secretariat", schoolEnterprise(today().plusDays(30)));
        as("secretariat").body(Map.of("reason", "Never signed")).post(agreement(id) + "/terminate").then()
                .statusCode(409).body("type", equalTo("urn:helix:problem:illegal-transition"));
        as("school-admin").post(agreement(id) + "/signatures").then().statusCode(200);
        as("enterprise-rep").post(agreement(id) + "/signatures").then().statusCode(200)
                .body("status", equalTo("SIGNED"));
        putAs("secretariat", id, with(schoolEnterprise(today().plusDays(30)), "version", version(id)))
                .then().statusCode(409).body("type", equalTo("urn:helix:problem:illegal-transition"));
        as("enterprise-rep").post(agreement(id) + "/signatures").then().statusCode(409);
        as("school-admin").body(Map.of("reason", "The enterprise relocates")).post(agreement(id) + "/terminate")
                .then().statusCode(200).body("status", equalTo("TERMINATED"));
        clock.advance(Duration.ofDays(31));
        job.activateDue();
        as("school-admin").get(agreement(id)).then().body("status", equalTo("TERMINATED"),
                "activatedAt", nullValue());
    }

    @Test
    void editingADraftClearsEverySignatureAndNeedsTheCurrentVersion() {
        Map<String, Object> terms = schoolEnterprise(today().plusDays(5));
        UUID id = draft("enterprise-rep", terms);
        as("school-admin").post(agreement(id) + "/signatures").then().statusCode(200);
        long signedVersion = version(id);

        putAs("enterprise-rep", id, with(terms, "version", 0)).then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:stale-version"));
        putAs("enterprise-rep", id, terms).then().statusCode(422).body("errors[0].field", equalTo("version"));
        as("enterprise-rep").header("If-Match", "\"" + (signedVersion + 7) + "\"")
                .body(with(terms, "version", signedVersion)).put(agreement(id)).then().statusCode(409);

        Map<String, Object> changed = with(with(terms, "scope", "Also apprenticeships"), "version", signedVersion);
        as("enterprise-rep").header("If-Match", "\"" + signedVersion + "\"").body(changed).put(agreement(id))
                .then().statusCode(200)
                .header("ETag", equalTo("\"" + (signedVersion + 1) + "\""))
                .body("status", equalTo("DRAFT"), "scope", equalTo("Also apprenticeships"),
                        "parties.signed", everyItem(equalTo(false)), "parties.signedAt", everyItem(nullValue()));

        // both must sign the new terms
        as("enterprise-rep").post(agreement(id) + "/signatures").then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        as("school-admin").post(agreement(id) + "/signatures").then().statusCode(200)
                .body("status", equalTo("SIGNED"));
    }

    @Test
    void permissionMatrix() {
        Map<String, Object> terms = schoolEnterprise(today().plusDays(60));
        // draft: secretariat, admin, or a representative of one of the parties
        as("teacher").body(terms).post(AGREEMENTS).then().statusCode(403);
        as("student").body(terms).post(AGREEMENTS).then().statusCode(403);
        as("enterprise-rep-2").body(terms).post(AGREEMENTS).then().statusCode(403);
        as("funder").body(terms).post(AGREEMENTS).then().statusCode(403);
        draft("admin", terms);
        UUID id = draft("school-admin", terms);

        // read: secretariat, admin and the parties' representatives; for anyone else the agreement does not exist
        as("enterprise-rep").get(agreement(id)).then().statusCode(200);
        as("secretariat").get(agreement(id)).then().statusCode(200);
        as("funder").get(agreement(id)).then().statusCode(404).body("type", equalTo("urn:helix:problem:not-found"),
                "detail", equalTo("Agreement " + id + " does not exist"));
        as("enterprise-rep-2").get(AGREEMENTS).then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())));
        as("enterprise-rep-2").queryParam("party", RIVERSIDE_COLLEGE).get(AGREEMENTS).then().statusCode(200)
                .body("items", hasSize(0), "total", equalTo(0));
        as("teacher").get(agreement(id)).then().statusCode(403);
        as("student").get(AGREEMENTS).then().statusCode(403);
        as("expert").get(AGREEMENTS).then().statusCode(403);
        as("secretariat").get(agreement(UUID.randomUUID())).then().statusCode(404);

        // edit: secretariat, admin, or a representative of a party that stays a party
        putAs("enterprise-rep-2", id, with(terms, "version", 0)).then().statusCode(404);
        putAs("teacher", id, with(terms, "version", 0)).then().statusCode(403);
        Map<String, Object> withoutTheSchool = with(with(terms, "kind", "ALLIANCE"), "parties", List.of(
                party(NOVA_MANUFACTURING, "50", "50"),
                party(ORBIT_DIGITAL, "50", "50")));
        putAs("school-admin", id, with(withoutTheSchool, "version", 0)).then().statusCode(403);
        putAs("secretariat", id, with(terms, "version", 0)).then().statusCode(200);
        putAs("enterprise-rep", id, with(terms, "version", 1)).then().statusCode(200);

        // sign: only for the caller's own organisation, which must be a party
        as("enterprise-rep-2").post(agreement(id) + "/signatures").then().statusCode(404);
        as("school-admin-2").post(agreement(id) + "/signatures").then().statusCode(404);
        as("teacher").post(agreement(id) + "/signatures").then().statusCode(403);
        as("secretariat").post(agreement(id) + "/signatures").then().statusCode(403);
        as("school-admin").post(agreement(id) + "/signatures").then().statusCode(200);
        as("enterprise-rep").post(agreement(id) + "/signatures").then().statusCode(200)
                .body("status", equalTo("SIGNED"));

        // terminate: secretariat, admin, or a representative of a party
        as("enterprise-rep-2").body(Map.of("reason", "not mine")).post(agreement(id) + "/terminate").then()
                .statusCode(404);
        as("teacher").body(Map.of("reason", "no")).post(agreement(id) + "/terminate").then().statusCode(403);
        as("admin").body(Map.of("reason", "Dissolved by the alliance")).post(agreement(id) + "/terminate").then()
                .statusCode(200);
    }

    @Test
    void listsArePagedAndFilteredByStatusAndParty() {
        UUID drafted = draft("school-admin-2", terms("SCHOOL_ENTERPRISE", today().plusDays(3),
                List.of(party(LAKESIDE_POLYTECHNIC, "50", "50"), party(ORBIT_DIGITAL, "50", "50"))));
        UUID signed = draft("school-admin-2", terms("SCHOOL_ENTERPRISE", today().plusDays(3),
                List.of(party(LAKESIDE_POLYTECHNIC, "70", "30"), party(ORBIT_DIGITAL, "30", "70"))));
        as("school-admin-2").post(agreement(signed) + "/signatures").then().statusCode(200);
        as("enterprise-rep-2").post(agreement(signed) + "/signatures").then().statusCode(200);
        UUID lakeside = LAKESIDE_POLYTECHNIC;

        as("school-admin-2").queryParam("party", lakeside).queryParam("status", "SIGNED").get(AGREEMENTS).then()
                .statusCode(200).body("items.id", hasItem(signed.toString()),
                        "items.id", not(hasItem(drafted.toString())), "items.status", everyItem(equalTo("SIGNED")));
        as("school-admin-2").queryParam("party", lakeside).queryParam("status", "DRAFT").get(AGREEMENTS).then()
                .statusCode(200).body("items.id", hasItem(drafted.toString()),
                        "items.id", not(hasItem(signed.toString())));
        as("secretariat").queryParam("party", RIVERSIDE_COLLEGE).queryParam("size", 100).get(AGREEMENTS).then()
                .statusCode(200).body("items.id", not(hasItem(signed.toString())));
        as("secretariat").queryParam("size", 1).get(AGREEMENTS).then().statusCode(200)
                .body("items", hasSize(1), "size", equalTo(1));
        as("secretariat").queryParam("sort", "parties").get(AGREEMENTS).then().statusCode(400);
    }

    @Test
    void draftingHonoursTheIdempotencyKeyAndEveryChangeIsAudited() {
        Map<String, Object> terms = schoolEnterprise(today().minusDays(10));
        String key = UUID.randomUUID().toString();
        String id = as("school-admin").header("Idempotency-Key", key).body(terms).post(AGREEMENTS).then()
                .statusCode(201).extract().path("id");
        as("school-admin").header("Idempotency-Key", key).body(terms).post(AGREEMENTS).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        UUID agreementId = UUID.fromString(id);
        putAs("school-admin", agreementId, with(terms, "version", 0)).then().statusCode(200);
        as("school-admin").post(agreement(agreementId) + "/signatures").then().statusCode(200);
        as("enterprise-rep").post(agreement(agreementId) + "/signatures").then().statusCode(200);
        as("school-admin").body(Map.of("reason", "Merged into a larger agreement"))
                .post(agreement(agreementId) + "/terminate").then().statusCode(200);
        as("admin").queryParam("resourceType", "Agreement").queryParam("resourceId", id)
                .get("/api/governance/audit").then().statusCode(200)
                .body("items.action", equalTo(List.of("terminate", "activate", "sign", "sign", "update", "draft")),
                        "items[5].before", nullValue(), "items[5].after.status", equalTo("DRAFT"),
                        "items[3].after.status", equalTo("DRAFT"), "items[2].after.status", equalTo("SIGNED"),
                        "items[2].organisationId",
                        equalTo(NOVA_MANUFACTURING.toString()), "items[0].after.terminationReason",
                        equalTo("Merged into a larger agreement"));
    }

    @Test
    void signedActivatedAndTerminatedEventsMatchTheirSchemas() {
        UUID atOnce = draft("secretariat", schoolEnterprise(today()));
        as("school-admin").post(agreement(atOnce) + "/signatures").then().statusCode(200);
        as("enterprise-rep").post(agreement(atOnce) + "/signatures").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        as("secretariat").body(Map.of("reason", "Replaced")).post(agreement(atOnce) + "/terminate").then()
                .statusCode(200);
        UUID later = draft("secretariat", schoolEnterprise(today().plusDays(2)));
        as("school-admin").post(agreement(later) + "/signatures").then().statusCode(200);
        as("enterprise-rep").post(agreement(later) + "/signatures").then().statusCode(200);
        clock.advance(Duration.ofDays(2));
        job.activateDue();

        KafkaTestClient kafka = KafkaTestClient.forTestServers();
        List<ConsumerRecord<String, String>> events = kafka.read("helix.governance.v1",
                record -> atOnce.toString().equals(record.key()), found -> found.size() >= 3, Duration.ofSeconds(30));
        assertEquals(List.of("helix.governance.AgreementSigned", "helix.governance.AgreementActivated",
                "helix.governance.AgreementTerminated"), events.stream().map(e -> header(e, "ce_type")).toList());
        JsonSchemas.assertMatches(Path.of("events/AgreementSigned.schema.json"), events.get(0).value());
        JsonSchemas.assertMatches(Path.of("events/AgreementActivated.schema.json"), events.get(1).value());
        JsonSchemas.assertMatches(Path.of("events/AgreementTerminated.schema.json"), events.get(2).value());
        assertEquals("Agreement/" + atOnce, header(events.get(0), "ce_subject"));

        JsonObject signed = new JsonObject(events.get(0).value());
        JsonArray parties = signed.getJsonArray("parties");
        assertEquals(RIVERSIDE_COLLEGE.toString(), parties.getJsonObject(0).getString("organisationId"));
        // the shares travel exactly as agreed, two decimals
        assertTrue(events.get(0).value().contains("\"riskShare\":40.00"), events.get(0).value());
        assertTrue(events.get(0).value().contains("\"benefitShare\":64.50"), events.get(0).value());
        assertFalse(new JsonObject(events.get(1).value()).getBoolean("automatic"));
        JsonObject terminated = new JsonObject(events.get(2).value());
        assertEquals("ACTIVE", terminated.getString("previousStatus"));
        assertEquals("Replaced", terminated.getString("reason"));

        List<ConsumerRecord<String, String>> laterEvents = kafka.read("helix.governance.v1",
                record -> later.toString().equals(record.key()), found -> found.size() >= 2, Duration.ofSeconds(30));
        assertEquals(List.of("helix.governance.AgreementSigned", "helix.governance.AgreementActivated"),
                laterEvents.stream().map(e -> header(e, "ce_type")).toList());
        JsonSchemas.assertMatches(Path.of("events/AgreementActivated.schema.json"), laterEvents.get(1).value());
        assertTrue(new JsonObject(laterEvents.get(1).value()).getBoolean("automatic"));
    }

    private static Response putAs(String user, UUID id, Map<String, Object> terms) {
        return as(user).body(terms).put(agreement(id));
    }

    private static long version(UUID id) {
        return as("secretariat").get(agreement(id)).then().statusCode(200).extract().jsonPath().getLong("version");
    }
}
