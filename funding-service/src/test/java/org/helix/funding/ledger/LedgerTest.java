package org.helix.funding.ledger;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.helix.funding.FundingFixtures.API;
import static org.helix.funding.FundingFixtures.GOVERNANCE;
import static org.helix.funding.FundingFixtures.NOVA_MANUFACTURING;
import static org.helix.funding.FundingFixtures.PATIENCE;
import static org.helix.funding.FundingFixtures.RIVERSIDE_COLLEGE;
import static org.helix.funding.FundingFixtures.ASSOCIATION;
import static org.helix.funding.FundingFixtures.as;
import static org.helix.funding.FundingFixtures.demoOrganisations;
import static org.helix.funding.FundingFixtures.fundingEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Governance's AgreementSigned (documents checked against its schema) opens a ledger with the parties' shares;
 * contributions, losses by risk share and benefits by benefit share, to the cent; the statement; privacy;
 * AgreementTerminated settles and closes it. LedgerOpened, LedgerEntryPosted and LedgerSettled are validated.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class LedgerTest {

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void aSignedAgreementOpensALedgerThatAllocatesToTheCentAndSettlesWhenTerminated() {
        UUID agreement = sign(RIVERSIDE_COLLEGE, 33.34, 40, NOVA_MANUFACTURING, 66.66, 60);
        String ledger = awaitLedger(agreement);
        as("school-admin").get(API + "/ledgers/" + ledger).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("currency", equalTo("CNY"))
                .body("parties.riskShare", equalTo(List.of(33.34f, 66.66f)))
                .body("parties.benefitShare", equalTo(List.of(40.0f, 60.0f)))
                .body("parties[1].pledgedAmount", equalTo(50000.0f));
        fundingEvents(ledger, "LedgerOpened", 1);

        post("school-admin", ledger, contribution(RIVERSIDE_COLLEGE, "STAFF_HOURS", "12000.00")).then()
                .statusCode(201).body("allocations.amount", equalTo(List.of(12000.0f)));
        // a party's representative posts only its own contributions
        post("school-admin", ledger, contribution(NOVA_MANUFACTURING, "CASH", "1.00")).then().statusCode(403);
        post("enterprise-rep", ledger, contribution(NOVA_MANUFACTURING, "EQUIPMENT", "30000.00")).then()
                .statusCode(201);
        // a loss of 100.01 by 33.34/66.66: exact 33.343334 and 66.666666 → 33.34 and 66.67
        post("enterprise-rep", ledger, shared("LOSS", "100.01")).then().statusCode(201)
                .body("allocations.amount", equalTo(List.of(33.34f, 66.67f)));
        // a benefit of 0.05 by 40/60: exact 0.02 and 0.03
        post("secretariat", ledger, shared("BENEFIT", "0.05")).then().statusCode(201)
                .body("allocations.amount", equalTo(List.of(0.02f, 0.03f)));
        // a benefit of 1000.01 by 40/60: exact 400.004 and 600.006 → 400.00 and 600.01 (larger remainder)
        post("school-admin", ledger, shared("BENEFIT", "1000.01")).then().statusCode(201)
                .body("allocations.amount", equalTo(List.of(400.0f, 600.01f)));
        // the wrong fields for the kind
        Map<String, Object> lossWithParty = shared("LOSS", "1.00");
        lossWithParty.put("organisationId", RIVERSIDE_COLLEGE);
        post("school-admin", ledger, lossWithParty).then().statusCode(422).body("errors[0].field",
                equalTo("organisationId"));
        post("school-admin", ledger, contribution(ASSOCIATION, "CASH", "1.00")).then().statusCode(422);

        // the statement: Riverside contributed 12000, bore 33.34, received 400.02 → 12366.68
        as("enterprise-rep").get(API + "/reports/agreements/" + agreement).then().statusCode(200)
                .body("parties[0].contributed", equalTo(12000.0f)).body("parties[0].lossesBorne", equalTo(33.34f))
                .body("parties[0].benefitsReceived", equalTo(400.02f)).body("parties[0].balance", equalTo(12366.68f))
                .body("parties[1].balance", equalTo(30533.37f))
                .body("totals.losses", equalTo(100.01f)).body("totals.benefits", equalTo(1000.06f));
        as("school-admin").queryParam("kind", "BENEFIT").get(API + "/ledgers/" + ledger + "/entries").then()
                .statusCode(200).body("total", equalTo(2));
        List<ConsumerRecord<String, String>> posted = fundingEvents(ledger, "LedgerEntryPosted", 5);
        assertEquals(5, posted.size());

        // strangers: 404 and not in lists
        for (String stranger : List.of("school-admin-2", "funder", "student", "association-rep")) {
            as(stranger).get(API + "/ledgers/" + ledger).then().statusCode(404);
            as(stranger).get(API + "/reports/agreements/" + agreement).then().statusCode(404);
            as(stranger).body(shared("BENEFIT", "1.00")).post(API + "/ledgers/" + ledger + "/entries").then()
                    .statusCode(404);
            as(stranger).queryParam("size", 100).get(API + "/ledgers").then().statusCode(200)
                    .body("items.id", not(hasItem(ledger)));
        }
        as("school-admin").queryParam("size", 100).get(API + "/ledgers").then().body("items.id", hasItem(ledger));

        terminate(agreement, RIVERSIDE_COLLEGE, NOVA_MANUFACTURING);
        await().atMost(PATIENCE).untilAsserted(() -> as("secretariat").get(API + "/ledgers/" + ledger).then()
                .body("status", equalTo("CLOSED")).body("parties[0].finalBalance", equalTo(12366.68f))
                .body("settleReason", equalTo("the partnership ended")));
        post("school-admin", ledger, shared("BENEFIT", "1.00")).then().statusCode(409);
        ConsumerRecord<String, String> settled = fundingEvents(ledger, "LedgerSettled", 1).get(0);
        assertTrue(settled.value().contains("\"balance\":\"12366.68\""), settled.value());
    }

    @Test
    void sharesThatDoNotSumToAHundredArePoison() {
        UUID agreement = UUID.randomUUID();
        ContractFixture signed = agreementSigned(agreement, RIVERSIDE_COLLEGE, 50, 50, NOVA_MANUFACTURING, 49.99,
                50);
        String eventId = GOVERNANCE.send("helix.governance.AgreementSigned", "Agreement/" + agreement,
                agreement.toString(), signed.bytes());
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.forTestServers().read("helix.funding.dlq",
                r -> eventId.equals(KafkaTestClient.header(r, "ce_id")), found -> !found.isEmpty(), PATIENCE);
        assertEquals(1, dead.size());
        as("admin").get(API + "/reports/agreements/" + agreement).then().statusCode(404);
    }

    static UUID sign(UUID first, double firstRisk, double firstBenefit, UUID second, double secondRisk,
            double secondBenefit) {
        UUID agreement = UUID.randomUUID();
        GOVERNANCE.send("helix.governance.AgreementSigned", "Agreement/" + agreement, agreement.toString(),
                agreementSigned(agreement, first, firstRisk, firstBenefit, second, secondRisk, secondBenefit)
                        .bytes());
        return agreement;
    }

    static ContractFixture agreementSigned(UUID agreement, UUID first, double firstRisk, double firstBenefit,
            UUID second, double secondRisk, double secondBenefit) {
        String now = java.time.Instant.now().toString();
        return ContractFixture.ofEvent("governance-service", "AgreementSigned")
                .with("agreementId", agreement.toString()).with("title", "Precision machining partnership")
                .with("kind", "SCHOOL_ENTERPRISE").with("committeeId", null)
                .with("startDate", LocalDate.now().toString()).with("endDate", LocalDate.now().plusYears(2).toString())
                .with("signedAt", now)
                .with("parties", List.of(
                        Map.of("organisationId", first.toString(), "riskShare", firstRisk, "benefitShare",
                                firstBenefit, "contribution", "teachers and workshop hours", "signedAt", now),
                        Map.of("organisationId", second.toString(), "riskShare", secondRisk, "benefitShare",
                                secondBenefit, "contribution", "machines and cash", "contributionAmount", 50000.00,
                                "signedAt", now)));
    }

    static void terminate(UUID agreement, UUID first, UUID second) {
        ContractFixture terminated = ContractFixture.ofEvent("governance-service", "AgreementTerminated")
                .with("agreementId", agreement.toString()).with("kind", "SCHOOL_ENTERPRISE")
                .with("previousStatus", "ACTIVE").with("reason", "the partnership ended")
                .with("partyOrganisationIds", List.of(first.toString(), second.toString()));
        GOVERNANCE.send("helix.governance.AgreementTerminated", "Agreement/" + agreement, agreement.toString(),
                terminated.bytes());
    }

    static String awaitLedger(UUID agreement) {
        await().atMost(PATIENCE).until(() -> as("secretariat").get(API + "/reports/agreements/" + agreement)
                .statusCode() == 200);
        return as("secretariat").get(API + "/reports/agreements/" + agreement).then().extract().path("id");
    }

    static Map<String, Object> contribution(UUID party, String kind, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "CONTRIBUTION");
        body.put("contributionKind", kind);
        body.put("organisationId", party);
        body.put("amount", amount);
        body.put("description", "Contribution in " + kind);
        body.put("occurredOn", LocalDate.now().toString());
        return body;
    }

    static Map<String, Object> shared(String kind, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("amount", amount);
        body.put("description", kind + " of the quarter");
        body.put("occurredOn", LocalDate.now().toString());
        return body;
    }

    private static io.restassured.response.Response post(String user, String ledger, Map<String, Object> body) {
        return as(user).body(body).post(API + "/ledgers/" + ledger + "/entries");
    }
}
