package org.helix.funding.call;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.helix.funding.FundingFixtures.API;
import static org.helix.funding.FundingFixtures.DEVELOPMENT_BANK;
import static org.helix.funding.FundingFixtures.GOVERNMENT;
import static org.helix.funding.FundingFixtures.GOVERNANCE;
import static org.helix.funding.FundingFixtures.PATIENCE;
import static org.helix.funding.FundingFixtures.RIVERSIDE_COLLEGE;
import static org.helix.funding.FundingFixtures.as;
import static org.helix.funding.FundingFixtures.callTerms;
import static org.helix.funding.FundingFixtures.demoOrganisations;
import static org.helix.funding.FundingFixtures.fundingEvents;
import static org.helix.funding.FundingFixtures.openCall;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Funders open, change and close calls; the rules of a call's terms at their edges; CallOpened and CallClosed. */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class CallApiTest {

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void aFunderOpensChangesAndClosesACallAndItsEventsAreSent() {
        Map<String, Object> terms = callTerms(DEVELOPMENT_BANK, "1000000.00", "200000.00", "PROJECT",
                List.of("SCHOOL"));
        terms.put("moneyKind", "LOAN");
        terms.put("loanRatePercent", "3.85");
        terms.put("loanTermMonths", 36);
        UUID call = openCall("funder", terms);
        as("student").get(API + "/calls/" + call).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("funderType", equalTo("FINANCIAL_INSTITUTION"))
                .body("moneyKind", equalTo("LOAN")).body("loanRatePercent", equalTo(3.85f))
                .body("loanTermMonths", equalTo(36)).body("reviewThreshold", equalTo(3.0f))
                .body("budget", equalTo(1000000.0f)).body("remaining", equalTo(1000000.0f))
                .body("committed", equalTo(0.0f)).body("status", equalTo("OPEN"));

        Map<String, Object> change = new HashMap<>(Map.of("title", "Green loans", "budget", "900000.00",
                "closesOn", LocalDate.now().plusDays(60).toString(), "maxAward", "100000.00", "version", 0));
        as("funder").header("If-Match", "\"7\"").body(change).put(API + "/calls/" + call).then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:stale-version"));
        as("funder").body(change).put(API + "/calls/" + call).then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Green loans")).body("remaining", equalTo(900000.0f));
        as("funder").body(change).put(API + "/calls/" + call).then().statusCode(409);
        as("school-admin").body(Map.of("title", "x", "budget", "1.00", "closesOn", "2030-01-01", "maxAward", "1.00",
                "version", 1)).put(API + "/calls/" + call).then().statusCode(403);

        as("funder").post(API + "/calls/" + call + "/close").then().statusCode(200).body("status",
                equalTo("CLOSED"));
        as("funder").post(API + "/calls/" + call + "/close").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:illegal-transition"));

        // the audit trail: who did what, with the state before and after
        as("admin").queryParam("resourceType", "Call").queryParam("resourceId", call.toString())
                .queryParam("sort", "occurredAt,asc").get(API + "/audit").then().statusCode(200)
                .body("items.action", equalTo(List.of("open", "update", "close")))
                .body("items[1].before.title", equalTo(terms.get("title")))
                .body("items[1].after.title", equalTo("Green loans"))
                .body("items[2].after.status", equalTo("CLOSED"));
        ConsumerRecord<String, String> opened = fundingEvents(call.toString(), "CallOpened", 1).get(0);
        assertTrue(opened.value().contains("\"budget\":\"1000000.00\""), opened.value());
        ConsumerRecord<String, String> closed = fundingEvents(call.toString(), "CallClosed", 1).get(0);
        assertTrue(closed.value().contains("\"budget\":\"900000.00\""), closed.value());
    }

    @Test
    void aRetriedOpeningWithTheSameIdempotencyKeyOpensOneCall() {
        Map<String, Object> terms = callTerms(DEVELOPMENT_BANK, "1000.00", "100.00", "SCHOOL", List.of("SCHOOL"));
        String key = "open-" + UUID.randomUUID();
        String first = as("funder").header("Idempotency-Key", key).body(terms).post(API + "/calls").then()
                .statusCode(201).extract().path("id");
        as("funder").header("Idempotency-Key", key).body(terms).post(API + "/calls").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        terms.put("budget", "2000.00");
        as("funder").header("Idempotency-Key", key).body(terms).post(API + "/calls").then().statusCode(422);
    }

    @Test
    void onlyTheFundersRepresentativesAndAdminOpenItsCalls() {
        Map<String, Object> terms = callTerms(DEVELOPMENT_BANK, "1000.00", "100.00", "SCHOOL", List.of("SCHOOL"));
        as("gov-officer").body(terms).post(API + "/calls").then().statusCode(403);
        as("secretariat").body(terms).post(API + "/calls").then().statusCode(403);
        as("admin").body(terms).post(API + "/calls").then().statusCode(201);
        as("gov-officer").body(callTerms(GOVERNMENT, "1000.00", "100.00", "SCHOOL", List.of("SCHOOL")))
                .post(API + "/calls").then().statusCode(201).body("funderType", equalTo("GOVERNMENT"));
        // a school funds nothing
        as("school-admin").body(callTerms(RIVERSIDE_COLLEGE, "1000.00", "100.00", "SCHOOL", List.of("SCHOOL")))
                .post(API + "/calls").then().statusCode(422).body("errors[0].field", equalTo("funderOrganisationId"));
    }

    @Test
    void theTermsOfACallAreCheckedAtTheirEdges() {
        refused(with("maxAward", "1000.01"), 422, "maxAward");
        accepted(with("maxAward", "1000.00"));
        refused(with("closesOn", LocalDate.now().minusDays(1).toString()), 422, "closesOn");
        accepted(with("closesOn", LocalDate.now().toString()));
        refused(with("loanRatePercent", "2.00"), 422, "loanRatePercent");
        Map<String, Object> loan = with("moneyKind", "LOAN");
        refused(loan, 422, "loanRatePercent");
        loan.put("loanRatePercent", "2.00");
        refused(loan, 422, "loanTermMonths");
        loan.put("loanTermMonths", 601);
        refused(loan, 400, "loanTermMonths");
        loan.put("loanTermMonths", 600);
        accepted(loan);
        refused(with("reviewThreshold", "0.99"), 400, "reviewThreshold");
        accepted(with("reviewThreshold", "1.00"));
        accepted(with("reviewThreshold", "5.00"));
        refused(with("reviewThreshold", "5.01"), 400, "reviewThreshold");
        refused(with("budget", "0.00"), 400, "budget");
        refused(with("budget", "10000000000000.00"), 400, "budget");
        refused(with("budget", "1.001"), 400, "budget");
        refused(with("eligibleApplicantTypes", List.of()), 400, "eligibleApplicantTypes");
    }

    @Test
    void callsAreListedForEveryoneWithFiltersAndAWhitelistedSort() {
        UUID call = openCall("association-rep", callTerms(org.helix.funding.FundingFixtures.ASSOCIATION, "5000.00",
                "500.00", "SCHOOL", List.of("SCHOOL")));
        as("student").queryParam("funder", org.helix.funding.FundingFixtures.ASSOCIATION).queryParam("openNow", true)
                .queryParam("size", 100).get(API + "/calls").then().statusCode(200)
                .body("items.id", hasItem(call.toString()));
        as("student").queryParam("funder", org.helix.funding.FundingFixtures.ASSOCIATION).queryParam("status",
                "CLOSED").get(API + "/calls").then().statusCode(200).body("items.id", not(hasItem(call.toString())));
        as("student").queryParam("sort", "budget,desc").get(API + "/calls").then().statusCode(200);
        as("student").queryParam("sort", "funderOrganisationId").get(API + "/calls").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void aFundingRecommendationOfGovernanceBecomesANoteOnExactlyTheCallsItNames() {
        UUID first = openCall("funder", callTerms(DEVELOPMENT_BANK, "1000.00", "100.00", "SCHOOL",
                List.of("SCHOOL")));
        UUID second = openCall("funder", callTerms(DEVELOPMENT_BANK, "2000.00", "100.00", "SCHOOL",
                List.of("SCHOOL")));
        UUID onlyInTheText = openCall("funder", callTerms(DEVELOPMENT_BANK, "3000.00", "100.00", "SCHOOL",
                List.of("SCHOOL")));
        UUID resolution = UUID.randomUUID();
        // the calls named in callIds (and one unknown here, ignored); a call only mentioned in the text is not named
        var adopted = ContractFixture.ofEvent("governance-service", "ResolutionAdopted")
                .with("resolutionId", resolution.toString()).with("kind", "FUNDING_RECOMMENDATION")
                .with("title", "Recommend the northern calls").with("text", "Also worth a look: call " + onlyInTheText)
                .with("schoolId", null).with("courseOrProgramme", null)
                .with("callIds", List.of(first.toString(), UUID.randomUUID().toString(), second.toString()));
        GOVERNANCE.send("helix.governance.ResolutionAdopted", "Resolution/" + resolution, resolution.toString(),
                adopted.bytes());
        for (UUID call : List.of(first, second)) {
            await().atMost(PATIENCE).untilAsserted(() -> as("student").get(API + "/calls/" + call).then()
                    .statusCode(200).body("recommendations.resolutionId", equalTo(List.of(resolution.toString())))
                    .body("recommendations[0].title", equalTo("Recommend the northern calls")));
        }
        // then, in order on one key (so on one partition): the same resolution again (another event id), a POLICY
        // naming the first call, and a recommendation of a last call, whose note says the two before were applied
        UUID later = UUID.randomUUID();
        UUID last = openCall("funder", callTerms(DEVELOPMENT_BANK, "4000.00", "100.00", "SCHOOL", List.of("SCHOOL")));
        GOVERNANCE.send("helix.governance.ResolutionAdopted", "Resolution/" + resolution, later.toString(),
                adopted.bytes());
        GOVERNANCE.send("helix.governance.ResolutionAdopted", "Resolution/" + later, later.toString(),
                ContractFixture.ofEvent("governance-service", "ResolutionAdopted")
                        .with("resolutionId", UUID.randomUUID().toString()).with("kind", "POLICY")
                        .with("schoolId", null).with("courseOrProgramme", null)
                        .with("callIds", List.of(first.toString())).bytes());
        GOVERNANCE.send("helix.governance.ResolutionAdopted", "Resolution/" + later, later.toString(),
                ContractFixture.ofEvent("governance-service", "ResolutionAdopted")
                        .with("resolutionId", later.toString()).with("kind", "FUNDING_RECOMMENDATION")
                        .with("schoolId", null).with("courseOrProgramme", null)
                        .with("callIds", List.of(last.toString())).bytes());
        await().atMost(PATIENCE).untilAsserted(() -> as("student").get(API + "/calls/" + last).then()
                .body("recommendations.resolutionId", equalTo(List.of(later.toString()))));
        as("student").get(API + "/calls/" + onlyInTheText).then().statusCode(200)
                .body("recommendations", equalTo(List.of()));
        as("student").get(API + "/calls/" + first).then().body("recommendations.size()", equalTo(1));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> terms = callTerms(DEVELOPMENT_BANK, "1000.00", "100.00", "SCHOOL", List.of("SCHOOL"));
        terms.put(field, value);
        return terms;
    }

    private static void accepted(Map<String, Object> terms) {
        as("funder").body(terms).post(API + "/calls").then().statusCode(201);
    }

    private static void refused(Map<String, Object> terms, int status, String field) {
        as("funder").body(terms).post(API + "/calls").then().statusCode(status)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
