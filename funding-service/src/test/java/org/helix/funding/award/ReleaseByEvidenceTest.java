package org.helix.funding.award;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.KafkaTestClient;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.helix.funding.FundingFixtures.API;
import static org.helix.funding.FundingFixtures.DEVELOPMENT_BANK;
import static org.helix.funding.FundingFixtures.NOVA_MANUFACTURING;
import static org.helix.funding.FundingFixtures.RIVERSIDE_COLLEGE;
import static org.helix.funding.FundingFixtures.TALENT;
import static org.helix.funding.FundingFixtures.admittedProject;
import static org.helix.funding.FundingFixtures.application;
import static org.helix.funding.FundingFixtures.apply;
import static org.helix.funding.FundingFixtures.as;
import static org.helix.funding.FundingFixtures.award;
import static org.helix.funding.FundingFixtures.awardedProject;
import static org.helix.funding.FundingFixtures.callTerms;
import static org.helix.funding.FundingFixtures.demoOrganisations;
import static org.helix.funding.FundingFixtures.fundingEvents;
import static org.helix.funding.FundingFixtures.openCall;
import static org.helix.funding.FundingFixtures.projectCall;
import static org.helix.funding.FundingFixtures.reviewed;
import static org.helix.funding.FundingFixtures.scores;
import static org.helix.funding.FundingFixtures.subjectOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tranche of an award that no milestone releases (SCHOOL, APPOINTMENT, AGREEMENT) is released by the funder's
 * representatives or admin on the evidence they note, after the named checks (award not suspended, not released
 * before, earlier tranches settled): the disbursement, the call's money and TrancheReleased follow as for a milestone;
 * an APPOINTMENT award's alike; a PROJECT award's tranche is refused (422); parallel releases of one tranche pay it
 * once.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class ReleaseByEvidenceTest {

    private static final Map<String, Object> EVIDENCE = Map.of("evidence",
            "Training base inspected on site; invoices 2026-114 and 2026-115 checked");

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void theFunderReleasesASchoolAwardsTranchesInSequenceOnEvidenceAndTheMoneyFollows() {
        UUID call = schoolCall("50000.00");
        String awardId = schoolAward(call, "9000.00", "3000.00", "2500.50", "3499.50");
        String release = API + "/awards/" + awardId + "/tranches/";

        // who may: the applicant's representative is refused, strangers do not see the award
        as("school-admin").body(EVIDENCE).post(release + "1/release").then().statusCode(403);
        as("school-admin-2").body(EVIDENCE).post(release + "1/release").then().statusCode(404);
        as("secretariat").body(EVIDENCE).post(release + "1/release").then().statusCode(404);
        // the evidence is required; a sequence the award does not have is not found
        as("funder").body(Map.of("evidence", " ")).post(release + "1/release").then().statusCode(400)
                .body("errors.field", hasItem(containsString("evidence")));
        as("funder").body(EVIDENCE).post(release + "4/release").then().statusCode(404);
        // in sequence: tranche 2 waits for tranche 1
        as("funder").body(EVIDENCE).post(release + "2/release").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:release-check-failed"))
                .body("detail", containsString("EARLIER_TRANCHES_SETTLED"));

        String key = "release-" + UUID.randomUUID();
        as("funder").header("Idempotency-Key", key).body(EVIDENCE).post(release + "1/release").then()
                .statusCode(200).body("tranches[0].status", equalTo("RELEASED"))
                .body("tranches[0].releasedBy", equalTo(subjectOf("funder")))
                .body("tranches[0].releaseEvidence", equalTo(EVIDENCE.get("evidence")))
                .body("tranches[0].milestoneId", nullValue())
                .body("tranches[0].disbursement.amount", equalTo(3000.0f))
                .body("tranches[0].disbursement.payeeOrganisationId", equalTo(RIVERSIDE_COLLEGE.toString()))
                .body("released", equalTo(3000.0f)).body("pending", equalTo(6000.0f));
        // a retry with the same key replays the answer; without it, the tranche is not released twice
        as("funder").header("Idempotency-Key", key).body(EVIDENCE).post(release + "1/release").then()
                .statusCode(200).header("Idempotent-Replayed", "true");
        as("funder").body(EVIDENCE).post(release + "1/release").then().statusCode(409)
                .body("detail", containsString("NOT_RELEASED_BEFORE"));
        as("student").get(API + "/calls/" + call).then().body("committed", equalTo(6000.0f))
                .body("released", equalTo(3000.0f)).body("remaining", equalTo(41000.0f));

        // a suspended award releases nothing; resumed, admin releases the next tranche
        as("funder").body(Map.of("reason", "accounts under audit")).post(API + "/awards/" + awardId + "/suspend")
                .then().statusCode(200);
        as("funder").body(EVIDENCE).post(release + "2/release").then().statusCode(409)
                .body("detail", containsString("AWARD_NOT_SUSPENDED"))
                .body("detail", containsString("accounts under audit"))
                .body("detail", not(containsString("EARLIER_TRANCHES_SETTLED")));
        as("funder").post(API + "/awards/" + awardId + "/resume").then().statusCode(200);
        as("admin").body(EVIDENCE).post(release + "2/release").then().statusCode(200)
                .body("tranches.status", equalTo(List.of("RELEASED", "RELEASED", "PENDING")))
                .body("released", equalTo(5500.5f)).body("pending", equalTo(3499.5f));
        as("student").get(API + "/calls/" + call).then().body("committed", equalTo(3499.5f))
                .body("released", equalTo(5500.5f)).body("remaining", equalTo(41000.0f));

        // TrancheReleased, as for a milestone (same schema), without a milestone
        List<ConsumerRecord<String, String>> released = fundingEvents(awardId, "TrancheReleased", 2);
        assertEquals(2, released.size());
        assertTrue(released.get(0).value().contains("\"amount\":\"3000.00\""), released.get(0).value());
        assertTrue(released.get(0).value().contains("\"targetKind\":\"SCHOOL\""), released.get(0).value());
        assertTrue(released.get(1).value().contains("\"amount\":\"2500.50\""), released.get(1).value());
        // the audit trail names who released it, with the award before and after
        as("admin").queryParam("resourceType", "Award").queryParam("resourceId", awardId)
                .queryParam("sort", "occurredAt,asc").get(API + "/audit").then().statusCode(200)
                .body("items.action", hasItem("release-tranche"));
    }

    @Test
    void anAppointmentAwardsTrancheIsReleasedOnEvidenceToo() {
        UUID call = openCall("funder", callTerms(DEVELOPMENT_BANK, "8000.00", "2000.00", "APPOINTMENT",
                List.of("ENTERPRISE")));
        UUID appointment = UUID.randomUUID();
        TALENT.send("helix.talent.AppointmentActivated", "Appointment/" + appointment, appointment.toString(),
                ContractFixture.ofEvent("talent-exchange-service", "AppointmentActivated")
                        .with("appointmentId", appointment.toString()).with("kind", "PART_TIME_TEACHING")
                        .with("homeOrganisationId", NOVA_MANUFACTURING.toString())
                        .with("hostOrganisationId", RIVERSIDE_COLLEGE.toString()).bytes());
        UUID application = apply("enterprise-rep", application(call, appointment, "2000.00"));
        reviewed(application, scores(4), scores(4));
        String awardId = as("funder").body(award("2000.00", "2000.00")).post(API + "/applications/" + application
                + "/award").then().statusCode(201).extract().path("id");
        as("enterprise-rep").body(EVIDENCE).post(API + "/awards/" + awardId + "/tranches/1/release").then()
                .statusCode(403);
        as("funder").body(EVIDENCE).post(API + "/awards/" + awardId + "/tranches/1/release").then().statusCode(200)
                .body("targetKind", equalTo("APPOINTMENT")).body("tranches[0].status", equalTo("RELEASED"))
                .body("tranches[0].disbursement.payeeOrganisationId", equalTo(NOVA_MANUFACTURING.toString()));
        as("student").get(API + "/calls/" + call).then().body("released", equalTo(2000.0f))
                .body("committed", equalTo(0.0f)).body("remaining", equalTo(6000.0f));
    }

    @Test
    void aProjectAwardsTrancheIsReleasedOnlyByAVerifiedMilestone() {
        UUID call = projectCall("10000.00", "5000.00");
        Map<String, Object> award = awardedProject(call, admittedProject(RIVERSIDE_COLLEGE), "1000.00", "1000.00");
        as("funder").body(EVIDENCE).post(API + "/awards/" + award.get("id") + "/tranches/1/release").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:released-by-milestone-only"))
                .body("errors[0].field", equalTo("targetKind"));
        as("funder").get(API + "/awards/" + award.get("id")).then().body("tranches[0].status", equalTo("PENDING"));
        as("student").get(API + "/calls/" + call).then().body("released", equalTo(0.0f));
    }

    @Test
    void parallelReleasesOfOneTranchePayItOnce() {
        UUID call = schoolCall("20000.00");
        String awardId = schoolAward(call, "4000.00", "1500.00", "2500.00");
        String token = Tokens.user("funder");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/funding/awards/" + awardId
                            + "/tranches/1/release"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"evidence\":\"Inspection report " + i + "\"}"))
                    .build();
            sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        int released = 0;
        for (CompletableFuture<HttpResponse<String>> response : sent) {
            HttpResponse<String> answer = response.join();
            if (answer.statusCode() == 200) {
                released++;
            } else {
                assertEquals(409, answer.statusCode(), answer.body());
                assertTrue(answer.body().contains("NOT_RELEASED_BEFORE"), answer.body());
            }
        }
        assertEquals(1, released, "releases that succeeded");
        as("student").get(API + "/calls/" + call).then().body("released", equalTo(1500.0f))
                .body("committed", equalTo(2500.0f));
        as("funder").get(API + "/awards/" + awardId).then().body("released", equalTo(1500.0f))
                .body("tranches[0].disbursement.amount", equalTo(1500.0f));
        fundingEvents(awardId, "TrancheReleased", 1);
        assertEquals(1, KafkaTestClient.forTestServers().readAll("helix.funding.v1", r -> awardId.equals(r.key())
                && "helix.funding.TrancheReleased".equals(KafkaTestClient.header(r, "ce_type"))).size());
    }

    /** A SCHOOL call of the bank with the given budget (largest award 10,000.00). */
    private static UUID schoolCall(String budget) {
        return openCall("funder", callTerms(DEVELOPMENT_BANK, budget, "10000.00", "SCHOOL", List.of("SCHOOL")));
    }

    /** Riverside's application for itself to {@code call}, reviewed 4/4, awarded in the tranches given. */
    private static String schoolAward(UUID call, String total, String... tranches) {
        UUID application = apply("school-admin", application(call, RIVERSIDE_COLLEGE, total));
        reviewed(application, scores(4), scores(4));
        return as("funder").body(award(total, tranches)).post(API + "/applications/" + application + "/award")
                .then().statusCode(201).extract().path("id");
    }
}
