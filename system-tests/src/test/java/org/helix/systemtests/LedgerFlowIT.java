package org.helix.systemtests;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/**
 * Flow 3 of EVENTS.md: an agreement signed in governance opens a ledger in funding with the same shares; terminated →
 * settled and closed. Through the gateway with real tokens: Lakeside Polytechnic and Orbit Digital sign an agreement
 * with uneven shares (35/65 risk, 42.5/57.5 benefit); funding's ledger shows them, takes a contribution and a loss
 * allocated to the cent, is private to the parties; governance terminates the agreement and the ledger is CLOSED
 * with each party's final balance.
 */
class LedgerFlowIT {

    private static final String LAKESIDE = "00000000-0000-4000-8000-000000000012";
    private static final String ORBIT = "00000000-0000-4000-8000-000000000013";

    @Test
    void anAgreementSignedInGovernanceOpensALedgerInFundingThatItsTerminationSettles() {
        String gateway = RunningSuite.gateway();
        demoOrganisation(gateway, LAKESIDE, "Lakeside Polytechnic", "SCHOOL");
        demoOrganisation(gateway, ORBIT, "Orbit Digital Services", "ENTERPRISE");
        LocalDate today = LocalDate.now();
        String agreement = as("school-admin-2").body(Map.of("title", "Shared data lab " + UUID.randomUUID(),
                        "kind", "SCHOOL_ENTERPRISE", "startDate", today.plusDays(30).toString(),
                        "endDate", today.plusYears(1).toString(), "parties", List.of(
                                party(LAKESIDE, "35.00", "42.50", "Lab rooms and students"),
                                party(ORBIT, "65.00", "57.50", "Servers and engineers"))))
                .post(gateway + "/api/governance/agreements").then().statusCode(201).extract().path("id");
        as("school-admin-2").post(gateway + "/api/governance/agreements/" + agreement + "/signatures").then()
                .statusCode(200);
        as("enterprise-rep-2").post(gateway + "/api/governance/agreements/" + agreement + "/signatures").then()
                .statusCode(200).body("status", equalTo("SIGNED"));

        String statement = gateway + "/api/funding/reports/agreements/" + agreement;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                as("school-admin-2").get(statement).then().statusCode(200));
        String ledger = as("school-admin-2").get(statement).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("parties.organisationId", equalTo(List.of(LAKESIDE, ORBIT)))
                .body("parties.riskShare", equalTo(List.of(35.0f, 65.0f)))
                .body("parties.benefitShare", equalTo(List.of(42.5f, 57.5f)))
                .extract().path("id");
        // only the parties (and admin, secretariat) see it
        as("school-admin").get(gateway + "/api/funding/ledgers/" + ledger).then().statusCode(404);

        String entries = gateway + "/api/funding/ledgers/" + ledger + "/entries";
        as("enterprise-rep-2").body(Map.of("kind", "CONTRIBUTION", "contributionKind", "EQUIPMENT",
                "organisationId", ORBIT, "amount", "20000.00", "description", "Two GPU servers",
                "occurredOn", today.toString())).post(entries).then().statusCode(201);
        // 100.03 by 35/65: exact 35.0105 and 65.0195 → 35.01 and 65.02
        as("school-admin-2").body(Map.of("kind", "LOSS", "amount", "100.03", "description", "A broken switch",
                "occurredOn", today.toString())).post(entries).then().statusCode(201)
                .body("allocations.amount", equalTo(List.of(35.01f, 65.02f)));

        as("school-admin-2").body(Map.of("reason", "End of the ledger system test"))
                .post(gateway + "/api/governance/agreements/" + agreement + "/terminate").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                as("enterprise-rep-2").get(gateway + "/api/funding/ledgers/" + ledger).then().statusCode(200)
                        .body("status", equalTo("CLOSED"))
                        .body("settleReason", equalTo("End of the ledger system test"))
                        .body("parties[0].finalBalance", equalTo(-35.01f))
                        .body("parties[1].finalBalance", equalTo(19934.98f)));
        as("school-admin-2").body(Map.of("kind", "BENEFIT", "amount", "1.00", "description", "Too late",
                "occurredOn", today.toString())).post(entries).then().statusCode(409);
    }

    private static Map<String, Object> party(String organisation, String risk, String benefit, String contribution) {
        return Map.of("organisationId", organisation, "riskShare", risk, "benefitShare", benefit,
                "contribution", contribution);
    }

    /** The demo organisation in governance (a 409 means it is there) and, shortly after, in funding. */
    private static void demoOrganisation(String gateway, String id, String name, String type) {
        as("secretariat").body(Map.of("id", id, "name", name, "type", type))
                .post(gateway + "/api/governance/organisations").then().statusCode(anyOf(is(201), is(409)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("teacher")
                .get(gateway + "/api/funding/organisations/" + id).then().statusCode(200));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }
}
