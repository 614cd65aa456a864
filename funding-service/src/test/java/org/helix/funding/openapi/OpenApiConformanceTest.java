package org.helix.funding.openapi;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.OpenApiConformance;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.helix.funding.FundingFixtures.API;
import static org.helix.funding.FundingFixtures.DEVELOPMENT_BANK;
import static org.helix.funding.FundingFixtures.GOVERNANCE;
import static org.helix.funding.FundingFixtures.NOVA_MANUFACTURING;
import static org.helix.funding.FundingFixtures.PATIENCE;
import static org.helix.funding.FundingFixtures.RIVERSIDE_COLLEGE;
import static org.helix.funding.FundingFixtures.admittedProject;
import static org.helix.funding.FundingFixtures.as;
import static org.helix.funding.FundingFixtures.awardedProject;
import static org.helix.funding.FundingFixtures.callTerms;
import static org.helix.funding.FundingFixtures.demoOrganisations;
import static org.helix.funding.FundingFixtures.discontinue;
import static org.helix.funding.FundingFixtures.milestoneAchieved;
import static org.helix.funding.FundingFixtures.openCall;
import static org.helix.funding.FundingFixtures.projectCall;

/**
 * Every GET operation of the document this service serves answers, with real content, what the document says: data
 * built through the API and the consumers (optional fields set and left out), every documented GET path read and
 * validated. A GET path the test does not exercise fails it.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class OpenApiConformanceTest {

    @Test
    void everyGetOperationAnswersWhatTheDocumentSays() {
        OpenApiConformance api = OpenApiConformance.load("/q/openapi?format=json");
        demoOrganisations();
        UUID bare = UUID.randomUUID();
        ContractFixture registered = ContractFixture.ofEvent("governance-service", "OrganisationRegistered")
                .with("organisationId", bare.toString()).with("name", "Conformance Fund").with("type", "ENTERPRISE")
                .with("region", null).with("contactEmail", null).with("website", null).with("version", 0);
        GOVERNANCE.send("helix.governance.OrganisationRegistered", "Organisation/" + bare, bare.toString(),
                registered.bytes());
        await().atMost(PATIENCE).until(() -> as("teacher").get(API + "/organisations/" + bare).statusCode() == 200);

        // a loan call without description and one grant call with a description
        Map<String, Object> loan = callTerms(DEVELOPMENT_BANK, "100000.00", "30000.00", "PROJECT",
                List.of("SCHOOL"));
        loan.remove("description");
        loan.put("moneyKind", "LOAN");
        loan.put("loanRatePercent", "4.10");
        loan.put("loanTermMonths", 24);
        UUID loanCall = openCall("funder", loan);
        UUID call = projectCall("100000.00", "30000.00");

        // an award with a released, a cancelled and no pending tranche; a failed check; one application in review
        UUID project = admittedProject(RIVERSIDE_COLLEGE);
        Map<String, Object> award = awardedProject(call, project, "3000.00", "1000.00", "2000.00");
        UUID awardId = UUID.fromString((String) award.get("id"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tranches = (List<Map<String, Object>>) award.get("tranches");
        milestoneAchieved(project, UUID.randomUUID(), awardId, UUID.fromString((String) tranches.get(0).get("id")));
        await().atMost(PATIENCE).untilAsserted(() -> as("funder").get(API + "/awards/" + awardId).then()
                .body("tranches[0].status", equalTo("RELEASED")));
        discontinue(project, RIVERSIDE_COLLEGE);
        milestoneAchieved(project, UUID.randomUUID(), awardId, UUID.fromString((String) tranches.get(1).get("id")));
        await().atMost(PATIENCE).untilAsserted(() -> as("funder").get(API + "/awards/" + awardId
                + "/failed-release-checks").then().body("check", hasItem("PROJECT_INCUBATING")));
        UUID inReview = UUID.fromString(as("school-admin").body(Map.of("callId", loanCall, "targetId",
                admittedProjectKnown(), "title", "Loan for the kiosk", "summary", "Stock and tools",
                "requestedAmount", "2000.00")).post(API + "/applications").then().statusCode(201).extract()
                .path("id"));
        org.helix.funding.FundingFixtures.reviewed(inReview, org.helix.funding.FundingFixtures.scores(3),
                Map.of("relevance", 4, "feasibility", 4, "impact", 4, "valueForMoney", 4, "conflictOfInterest",
                        false, "comment", "Sound plan"));

        // a ledger with entries of each kind, settled; another still open and empty
        UUID settled = sign();
        UUID open = sign();
        String ledger = ledgerOf(settled);
        ledgerOf(open);
        as("school-admin").body(Map.of("kind", "CONTRIBUTION", "contributionKind", "CASH", "organisationId",
                RIVERSIDE_COLLEGE, "amount", "100.00", "description", "Cash", "occurredOn",
                LocalDate.now().toString())).post(API + "/ledgers/" + ledger + "/entries").then().statusCode(201);
        as("school-admin").body(Map.of("kind", "LOSS", "amount", "10.01", "description", "Broken tool",
                "occurredOn", LocalDate.now().toString())).post(API + "/ledgers/" + ledger + "/entries").then()
                .statusCode(201);
        GOVERNANCE.send("helix.governance.AgreementTerminated", "Agreement/" + settled, settled.toString(),
                ContractFixture.ofEvent("governance-service", "AgreementTerminated")
                        .with("agreementId", settled.toString()).with("reason", "ended")
                        .with("partyOrganisationIds", List.of(RIVERSIDE_COLLEGE.toString(),
                                NOVA_MANUFACTURING.toString())).bytes());
        await().atMost(PATIENCE).untilAsserted(() -> as("admin").get(API + "/ledgers/" + ledger).then()
                .body("status", equalTo("CLOSED")));

        api.get(user("teacher"), API + "/organisations/{id}", bare);
        api.get(user("teacher"), API + "/organisations/{id}", NOVA_MANUFACTURING);
        api.get(user("student").queryParam("size", 100), API + "/funders");
        api.get(user("student"), API + "/calls/{id}", loanCall);
        api.get(user("student"), API + "/calls/{id}", call);
        api.get(user("student").queryParam("size", 100).queryParam("funder", DEVELOPMENT_BANK), API + "/calls");
        api.get(user("funder"), API + "/applications/{id}", inReview);
        api.get(user("funder"), API + "/applications/{id}/reviews", inReview);
        api.get(user("funder").queryParam("size", 100), API + "/applications");
        api.get(user("funder"), API + "/awards/{id}", awardId);
        api.get(user("funder").queryParam("size", 100), API + "/awards");
        api.get(user("funder"), API + "/awards/{id}/failed-release-checks", awardId);
        api.get(user("admin"), API + "/ledgers/{id}", ledger);
        api.get(user("admin").queryParam("size", 100), API + "/ledgers");
        api.get(user("admin"), API + "/ledgers/{id}/entries", ledger);
        api.get(user("admin"), API + "/reports/agreements/{agreementId}", open);
        api.get(user("student"), API + "/reports/calls/{id}", call);
        api.get(user("student"), API + "/reports/funders/{organisationId}", DEVELOPMENT_BANK);
        String chain = api.get(user("admin").queryParam("size", 100), API + "/audit").jsonPath()
                .getString("items[0].correlationId");
        api.get(user("admin"), API + "/admin/correlations/{correlationId}", chain == null ? "none" : chain);
        api.assertEveryGetOperationChecked(API);
    }

    private static UUID admittedProjectKnown() {
        UUID project = admittedProject(RIVERSIDE_COLLEGE);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> as("school-admin")
                .body(Map.of("callId", projectCall("10.00", "10.00"), "targetId", project, "title", "probe",
                        "summary", "probe", "requestedAmount", "1.00")).post(API + "/applications").statusCode()
                == 201);
        return project;
    }

    private static UUID sign() {
        UUID agreement = UUID.randomUUID();
        String now = Instant.now().toString();
        GOVERNANCE.send("helix.governance.AgreementSigned", "Agreement/" + agreement, agreement.toString(),
                ContractFixture.ofEvent("governance-service", "AgreementSigned")
                        .with("agreementId", agreement.toString()).with("kind", "SCHOOL_ENTERPRISE")
                        .with("startDate", LocalDate.now().toString()).with("signedAt", now)
                        .with("endDate", LocalDate.now().plusYears(1).toString())
                        .with("parties", List.of(
                                Map.of("organisationId", RIVERSIDE_COLLEGE.toString(), "riskShare", 30,
                                        "benefitShare", 45.5, "contribution", "teachers", "signedAt", now),
                                Map.of("organisationId", NOVA_MANUFACTURING.toString(), "riskShare", 70,
                                        "benefitShare", 54.5, "contribution", "cash", "contributionAmount", 1000,
                                        "signedAt", now))).bytes());
        return agreement;
    }

    private static String ledgerOf(UUID agreement) {
        await().atMost(PATIENCE).until(() -> as("admin").get(API + "/reports/agreements/" + agreement)
                .statusCode() == 200);
        return as("admin").get(API + "/reports/agreements/" + agreement).then().extract().path("id");
    }

    private static RequestSpecification user(String name) {
        return RestAssured.given().auth().oauth2(Tokens.user(name));
    }
}
