package org.helix.systemtests.stories;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.helix.systemtests.stories.Alliance.FUNDING_API;
import static org.helix.systemtests.stories.Alliance.GOVERNANCE_API;
import static org.helix.systemtests.stories.Alliance.LAKESIDE;
import static org.helix.systemtests.stories.Alliance.ORBIT;
import static org.helix.systemtests.stories.Alliance.as;
import static org.helix.systemtests.stories.Alliance.create;
import static org.helix.systemtests.stories.Alliance.eventually;

/**
 * Story (d) of issue 15, flow 3 of EVENTS.md: Lakeside Polytechnic and Orbit Digital Services sign an agreement with
 * uneven shares (35/65 risk, 42.50/57.50 benefit) in governance → funding opens its ledger with the same shares,
 * private to the parties → each party books its contribution, a loss is allocated by risk share and a benefit by
 * benefit share, to the cent by the largest-remainder rule → governance terminates the agreement → funding settles
 * the ledger (each party's final balance) and closes it: it takes no further entry.
 * <p>
 * "Applied once": funding holds exactly one ledger for the agreement (AgreementSigned) among all of Lakeside's, with
 * exactly the four entries posted; the settlement (AgreementTerminated) is read back as exact final balances. The
 * governance dashboard has no ledger figure (ledger events only count in {@code alliance.events}, which no filter
 * narrows to one story), so the dashboard is not asserted here.
 */
class AgreementLedgerStoryIT {

    @Test
    void aSignedAgreementsLedgerSharesContributionsLossesAndBenefitsUntilItsTerminationSettlesIt() {
        Alliance.demoOrganisation(LAKESIDE, "Lakeside Polytechnic", "SCHOOL");
        Alliance.demoOrganisation(ORBIT, "Orbit Digital Services", "ENTERPRISE");
        LocalDate today = LocalDate.now();
        String agreement = create("school-admin-2", GOVERNANCE_API + "/agreements", Map.of(
                "title", "Shared data lab " + Alliance.tag(), "kind", "SCHOOL_ENTERPRISE",
                "startDate", today.plusDays(30).toString(), "endDate", today.plusYears(1).toString(),
                "parties", List.of(party(LAKESIDE, "35.00", "42.50", "Lab rooms and students"),
                        party(ORBIT, "65.00", "57.50", "Servers and engineers"))));
        as("school-admin-2").post(GOVERNANCE_API + "/agreements/" + agreement + "/signatures").then().statusCode(200);
        as("enterprise-rep-2").post(GOVERNANCE_API + "/agreements/" + agreement + "/signatures").then()
                .statusCode(200).body("status", equalTo("SIGNED"));

        // funding: the ledger, with governance's shares, seen only by the parties (and admin, secretariat)
        String statement = FUNDING_API + "/reports/agreements/" + agreement;
        eventually().untilAsserted(() -> as("school-admin-2").get(statement).then().statusCode(200));
        String ledger = as("school-admin-2").get(statement).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("parties.organisationId", equalTo(List.of(LAKESIDE, ORBIT)))
                .body("parties.riskShare", equalTo(List.of(35.0f, 65.0f)))
                .body("parties.benefitShare", equalTo(List.of(42.5f, 57.5f)))
                .extract().path("id");
        as("admin").queryParam("party", LAKESIDE).queryParam("size", 100).queryParam("sort", "openedAt,desc")
                .get(FUNDING_API + "/ledgers").then().statusCode(200)
                .body("items.findAll { it.agreementId == '" + agreement + "' }", hasSize(1));
        as("school-admin").get(FUNDING_API + "/ledgers/" + ledger).then().statusCode(404);

        String entries = FUNDING_API + "/ledgers/" + ledger + "/entries";
        as("school-admin-2").body(Map.of("kind", "CONTRIBUTION", "contributionKind", "STAFF_HOURS",
                "organisationId", LAKESIDE, "amount", "5000.00", "description", "Two lecturers, one term",
                "occurredOn", today.toString())).post(entries).then().statusCode(201);
        as("enterprise-rep-2").body(Map.of("kind", "CONTRIBUTION", "contributionKind", "EQUIPMENT",
                "organisationId", ORBIT, "amount", "20000.00", "description", "Two GPU servers",
                "occurredOn", today.toString())).post(entries).then().statusCode(201);
        // a party books only its own contribution
        as("school-admin-2").body(Map.of("kind", "CONTRIBUTION", "contributionKind", "CASH",
                "organisationId", ORBIT, "amount", "1.00", "description", "Not Lakeside's to book",
                "occurredOn", today.toString())).post(entries).then().statusCode(403);
        // 100.03 by 35/65: exact 35.0105 and 65.0195 → 35.01 and 65.02
        as("school-admin-2").body(Map.of("kind", "LOSS", "amount", "100.03", "description", "A broken switch",
                "occurredOn", today.toString())).post(entries).then().statusCode(201)
                .body("allocations.amount", equalTo(List.of(35.01f, 65.02f)));
        // 1000.01 by 42.50/57.50: exact 425.00425 and 575.00575 → the cent left to the larger remainder, Orbit's
        as("enterprise-rep-2").body(Map.of("kind", "BENEFIT", "amount", "1000.01",
                "description", "Contract training for a bank", "occurredOn", today.toString())).post(entries).then()
                .statusCode(201).body("allocations.amount", equalTo(List.of(425.00f, 575.01f)));
        as("school-admin-2").get(entries).then().statusCode(200).body("total", equalTo(4));
        as("school-admin-2").get(FUNDING_API + "/ledgers/" + ledger).then().statusCode(200)
                .body("parties.contributed", equalTo(List.of(5000.00f, 20000.00f)))
                .body("parties.lossesBorne", equalTo(List.of(35.01f, 65.02f)))
                .body("parties.benefitsReceived", equalTo(List.of(425.00f, 575.01f)))
                .body("parties.balance", equalTo(List.of(5389.99f, 20509.99f)))
                .body("totals.balance", equalTo(25899.98f));

        // governance ends the agreement; funding settles and closes the ledger
        as("school-admin-2").body(Map.of("reason", "End of the ledger story"))
                .post(GOVERNANCE_API + "/agreements/" + agreement + "/terminate").then().statusCode(200)
                .body("status", equalTo("TERMINATED"));
        eventually().untilAsserted(() -> as("enterprise-rep-2").get(FUNDING_API + "/ledgers/" + ledger).then()
                .statusCode(200).body("status", equalTo("CLOSED"))
                .body("settleReason", equalTo("End of the ledger story"))
                .body("parties.finalBalance", equalTo(List.of(5389.99f, 20509.99f))));
        as("school-admin-2").body(Map.of("kind", "BENEFIT", "amount", "1.00", "description", "Too late",
                "occurredOn", today.toString())).post(entries).then().statusCode(409);
        as("school-admin-2").get(entries).then().statusCode(200).body("total", equalTo(4));
    }

    private static Map<String, Object> party(String organisation, String risk, String benefit, String contribution) {
        return Map.of("organisationId", organisation, "riskShare", risk, "benefitShare", benefit,
                "contribution", contribution);
    }
}
