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
 * Flow of EVENTS.md: an agreement activated in governance opens the green channel in talent. Through the gateway with
 * real tokens: Lakeside Polytechnic and Orbit Digital sign a school-enterprise agreement in governance (ACTIVE at once,
 * its start date being today); from then on a part-time teaching appointment of a qualified Orbit expert at Lakeside
 * is approved by the school alone, and says which agreement let it through. Terminating the agreement closes the
 * channel again (and leaves the next run a clean start).
 */
class GreenChannelIT {

    private static final String LAKESIDE = "00000000-0000-4000-8000-000000000012";
    private static final String ORBIT = "00000000-0000-4000-8000-000000000013";

    @Test
    void anAgreementActivatedInGovernanceOpensTheGreenChannelInTalent() {
        String gateway = RunningSuite.gateway();
        demoOrganisation(gateway, LAKESIDE, "Lakeside Polytechnic", "SCHOOL");
        demoOrganisation(gateway, ORBIT, "Orbit Digital Services", "ENTERPRISE");
        String expert = as("enterprise-rep-2").body(Map.of("kind", "EXPERT", "organisationId", ORBIT,
                        "displayName", "Green Channel Expert " + UUID.randomUUID().toString().substring(0, 8),
                        "titleRank", "INTERMEDIATE", "yearsOfExperience", 10, "skills", List.of("Cloud operations")))
                .post(gateway + "/api/talent-exchange/profiles").then().statusCode(201).extract().path("id");

        String before = propose(gateway, expert);
        as("school-admin-2").post(gateway + "/api/talent-exchange/appointments/" + before + "/approvals").then()
                .statusCode(200).body("status", equalTo("PROPOSED")).body("greenChannel", equalTo(false));

        LocalDate today = LocalDate.now();
        String agreement = as("school-admin-2").body(Map.of("title", "Cloud skills partnership " + today,
                        "kind", "SCHOOL_ENTERPRISE", "startDate", today.toString(),
                        "endDate", today.plusYears(1).toString(), "parties", List.of(
                                party(LAKESIDE, "Teaching rooms and students"), party(ORBIT, "Engineers' time"))))
                .post(gateway + "/api/governance/agreements").then().statusCode(201).extract().path("id");
        try {
            as("school-admin-2").post(gateway + "/api/governance/agreements/" + agreement + "/signatures").then()
                    .statusCode(200);
            as("enterprise-rep-2").post(gateway + "/api/governance/agreements/" + agreement + "/signatures").then()
                    .statusCode(200).body("status", equalTo("ACTIVE"));

            String[] opened = new String[1];
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                opened[0] = propose(gateway, expert);
                return Boolean.TRUE.equals(as("school-admin-2")
                        .get(gateway + "/api/talent-exchange/appointments/" + opened[0]).then().statusCode(200)
                        .extract().path("greenChannel"));
            });
            as("school-admin-2").post(gateway + "/api/talent-exchange/appointments/" + opened[0] + "/approvals")
                    .then().statusCode(200).body("status", equalTo("APPROVED"))
                    .body("greenChannel", equalTo(true)).body("agreementId", equalTo(agreement));
        } finally {
            as("school-admin-2").body(Map.of("reason", "End of the green-channel system test"))
                    .post(gateway + "/api/governance/agreements/" + agreement + "/terminate").then().statusCode(200);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                Boolean.FALSE.equals(as("school-admin-2").get(gateway + "/api/talent-exchange/appointments/"
                        + propose(gateway, expert)).then().statusCode(200).extract().path("greenChannel")));
    }

    private static String propose(String gateway, String expert) {
        LocalDate start = LocalDate.now().plusYears(3);
        return as("school-admin-2").body(Map.of("kind", "PART_TIME_TEACHING", "profileId", expert,
                        "hostOrganisationId", LAKESIDE, "startDate", start.toString(),
                        "endDate", start.plusDays(1).toString(), "hoursPerWeek", 1,
                        "activity", "Guest lecture on cloud operations",
                        "payLines", List.of(Map.of("payerOrganisationId", LAKESIDE, "amount", "300.00",
                                "currency", "CNY", "basis", "LUMP_SUM"))))
                .post(gateway + "/api/talent-exchange/appointments").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> party(String organisation, String contribution) {
        return Map.of("organisationId", organisation, "riskShare", "50.00", "benefitShare", "50.00",
                "contribution", contribution);
    }

    /** The demo organisation in governance (a 409 means it is there) and, shortly after, in talent. */
    private static void demoOrganisation(String gateway, String id, String name, String type) {
        as("secretariat").body(Map.of("id", id, "name", name, "type", type))
                .post(gateway + "/api/governance/organisations").then().statusCode(anyOf(is(201), is(409)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("teacher")
                .get(gateway + "/api/talent-exchange/organisations/" + id).then().statusCode(200));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }
}
