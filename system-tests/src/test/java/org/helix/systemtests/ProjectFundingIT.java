package org.helix.systemtests;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.helix.local.App;
import org.helix.local.DemoData;
import org.helix.platform.testing.HelixTestServers;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Flows 7 and 8 of EVENTS.md, through the gateway with real tokens. Flow 7: a project of Riverside's demo student is
 * refused as a funding target while in screening; once incubation admits it, Riverside applies to Helix Development
 * Bank's project call, the association and the Provincial Department review, the bank awards it in three tranches.
 * Flow 8: incubation shows one milestone per tranche, linked to the award; the team submits evidence, the demo
 * expert (an ACTIVE mentor from talent's demo) verifies the first → funding releases exactly that tranche, with a
 * disbursement → incubation's funding view shows the release. And a second awarded project, discontinued in
 * incubation → its pending tranches CANCELLED in funding and the call's remaining budget back up by their amount.
 * <p>
 * The demo data of every service is seeded first (as {@code helix up} does), which gives the mentor; a second test
 * checks that the demo's funded project has its first tranche released and that seeding again changes nothing.
 */
class ProjectFundingIT {

    private static final String GOVERNMENT = "00000000-0000-4000-8000-000000000001";
    private static final String RIVERSIDE = "00000000-0000-4000-8000-000000000002";
    private static final String ASSOCIATION = "00000000-0000-4000-8000-000000000004";
    private static final String BANK = "00000000-0000-4000-8000-000000000005";
    private static final String LOAN_CALL_TITLE = "Start-up loans for incubating student projects";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String INCUBATION = "/api/incubation";
    private static final String FUNDING = "/api/funding";

    @BeforeAll
    static void seedTheDemo() {
        seedDemo();
    }

    @Test
    void anAdmittedProjectIsFundedAndItsVerifiedMilestoneReleasesItsTrancheWhileADiscontinuedOneGivesItsMoneyBack() {
        String call = as("funder").body(Map.ofEntries(Map.entry("funderOrganisationId", BANK),
                        Map.entry("title", "Seed grants " + UUID.randomUUID().toString().substring(0, 8)),
                        Map.entry("description", "Grants for admitted student projects, paid by verified milestones"),
                        Map.entry("budget", "1000000.00"), Map.entry("currency", "CNY"),
                        Map.entry("moneyKind", "GRANT"), Map.entry("targetKind", "PROJECT"),
                        Map.entry("eligibleApplicantTypes", List.of("SCHOOL")),
                        Map.entry("opensOn", LocalDate.now().minusDays(1).toString()),
                        Map.entry("closesOn", LocalDate.now().plusDays(30).toString()),
                        Map.entry("maxAward", "300000.00"), Map.entry("reviewThreshold", "3.00")))
                .post(FUNDING + "/calls").then().statusCode(201).body("remaining", equalTo(1000000.00f))
                .extract().path("id");

        // flow 7: in screening the project is no target; admitted, it is
        String project = projectInScreening("Fixture print lab");
        as("school-admin").body(application(call, project, "150000.00")).post(FUNDING + "/applications").then()
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("targetId"));
        admit(project);
        String award = awarded(call, project, "150000.00", List.of("60000.00", "50000.00", "40000.00"));
        JsonPath granted = as("funder").get(FUNDING + "/awards/" + award).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("tranches.status", everyItem(equalTo("PENDING")))
                .extract().jsonPath();
        List<String> tranches = granted.getList("tranches.id");
        callMoney(call, "150000.00", "0.00", "850000.00");

        // flow 8: one milestone per tranche, linked to the award, in incubation
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> as("student")
                .get(INCUBATION + "/projects/" + project + "/milestones").then().statusCode(200)
                .body("findAll { it.awardId == '" + award + "' }.trancheId", containsInAnyOrder(tranches.toArray()))
                .body("findAll { it.awardId == '" + award + "' }.status", everyItem(equalTo("PLANNED"))));
        JsonPath milestones = as("student").get(INCUBATION + "/projects/" + project + "/milestones").then()
                .extract().jsonPath();
        String first = milestones.getString("find { it.trancheId == '" + tranches.get(0) + "' }.id");
        long version = milestones.getLong("find { it.trancheId == '" + tranches.get(0) + "' }.version");
        String milestone = INCUBATION + "/projects/" + project + "/milestones/" + first;

        as("school-admin").body(Map.of("profileId", demoExpertProfile()))
                .post(INCUBATION + "/projects/" + project + "/mentors").then().statusCode(201);
        as("expert").post(milestone + "/verification").then().statusCode(409);
        as("student").body(Map.of("evidence", "Ten fixtures printed and used on a real CNC line", "version", version))
                .post(milestone + "/evidence").then().statusCode(200);
        as("student").post(milestone + "/verification").then().statusCode(403);
        as("expert").post(milestone + "/verification").then().statusCode(200).body("status", equalTo("ACHIEVED"))
                .body("awardId", equalTo(award)).body("trancheId", equalTo(tranches.get(0)));

        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> as("funder")
                .get(FUNDING + "/awards/" + award).then().statusCode(200)
                .body("tranches.status", equalTo(List.of("RELEASED", "PENDING", "PENDING")))
                .body("tranches[0].milestoneId", equalTo(first))
                .body("tranches[0].disbursement.amount", equalTo(60000.00f))
                .body("tranches[0].disbursement.payeeOrganisationId", equalTo(RIVERSIDE))
                .body("tranches[1].disbursement", nullValue())
                .body("released", equalTo(60000.00f)).body("pending", equalTo(90000.00f)));
        as("funder").get(FUNDING + "/awards/" + award + "/failed-release-checks").then().statusCode(200)
                .body("$", hasSize(0));
        callMoney(call, "90000.00", "60000.00", "850000.00");
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> as("student")
                .get(INCUBATION + "/projects/" + project + "/funding").then().statusCode(200)
                .body("awards", hasSize(1)).body("awards[0].awardId", equalTo(award))
                .body("awards[0].released", equalTo(60000.00f)).body("awards[0].pending", equalTo(90000.00f))
                .body("awards[0].tranches.status", equalTo(List.of("RELEASED", "PENDING", "PENDING")))
                .body("awards[0].tranches[0].milestoneId", equalTo(first)));

        // flow 7's other end: a discontinued project's pending tranches are cancelled, their money back to the call
        String ended = projectInScreening("Campus drone repair");
        admit(ended);
        String endedAward = awarded(call, ended, "100000.00", List.of("70000.00", "30000.00"));
        callMoney(call, "190000.00", "60000.00", "750000.00");
        as("school-admin").body(Map.of("reason", "The team left for industry jobs"))
                .post(INCUBATION + "/projects/" + ended + "/discontinue").then().statusCode(200)
                .body("status", equalTo("DISCONTINUED"));
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> as("funder")
                .get(FUNDING + "/awards/" + endedAward).then().statusCode(200)
                .body("tranches.status", equalTo(List.of("CANCELLED", "CANCELLED")))
                .body("pending", equalTo(0.00f)));
        callMoney(call, "90000.00", "60000.00", "850000.00");
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> as("school-admin")
                .get(INCUBATION + "/projects/" + ended + "/funding").then().statusCode(200)
                .body("awards[0].tranches.status", equalTo(List.of("CANCELLED", "CANCELLED")))
                .body("awards[0].cancelled", equalTo(100000.00f)));
        // the funded project's own award is untouched
        as("funder").get(FUNDING + "/awards/" + award).then().statusCode(200)
                .body("tranches.status", equalTo(List.of("RELEASED", "PENDING", "PENDING")));
    }

    @Test
    void theDemoReleasesTheFirstTrancheOfItsFundedProjectOnceAndSeedingAgainChangesNothing() {
        JsonPath before = demoAward();
        assertEquals(List.of("RELEASED", "PENDING", "PENDING"), before.getList("tranches.status"));
        assertEquals(120000.00f, before.getFloat("tranches[0].disbursement.amount"));
        String project = before.getString("targetId");
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> as("student")
                .get(INCUBATION + "/projects/" + project + "/funding").then().statusCode(200)
                .body("awards[0].tranches.status", equalTo(List.of("RELEASED", "PENDING", "PENDING"))));
        List<String> achieved = as("student").get(INCUBATION + "/projects/" + project + "/milestones").then()
                .statusCode(200).extract().path("findAll { it.status == 'ACHIEVED' }.trancheId");
        assertEquals(List.of(before.getString("tranches[0].id")), achieved);

        seedDemo();
        JsonPath after = demoAward();
        assertEquals(before.getString("id"), after.getString("id"));
        assertEquals(before.getList("tranches"), after.getList("tranches"));
        assertEquals(before.getLong("version"), after.getLong("version"));
        assertEquals(achieved, as("student").get(INCUBATION + "/projects/" + project + "/milestones").then()
                .statusCode(200).extract().path("findAll { it.status == 'ACHIEVED' }.trancheId"));
    }

    /** The demo data of the four services the flows need, seeded directly (as {@code helix up} seeds it). */
    private static void seedDemo() {
        new DemoData(Map.of(App.GOVERNANCE, RunningSuite.direct(App.GOVERNANCE),
                App.TALENT_EXCHANGE, RunningSuite.direct(App.TALENT_EXCHANGE),
                App.INCUBATION, RunningSuite.direct(App.INCUBATION),
                App.FUNDING, RunningSuite.direct(App.FUNDING)), HelixTestServers.endpoints().realmUrl())
                .seed(message -> System.out.println("[ProjectFundingIT] " + message));
    }

    /** The only award of the bank's demo loan call, once its first tranche is released. */
    private static JsonPath demoAward() {
        String call = as("funder").get(FUNDING + "/calls?funder=" + BANK + "&size=100").then().statusCode(200)
                .extract().path("items.find { it.title == '" + LOAN_CALL_TITLE + "' }.id");
        JsonPath[] award = new JsonPath[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonPath awards = as("funder").get(FUNDING + "/awards?call=" + call).then().statusCode(200)
                    .body("total", equalTo(1)).extract().jsonPath();
            award[0] = as("funder").get(FUNDING + "/awards/" + awards.getString("items[0].id")).then()
                    .statusCode(200).body("tranches[0].status", equalTo("RELEASED")).extract().jsonPath();
        });
        return award[0];
    }

    /** A project of the demo student at Riverside, put into screening by the school. */
    private static String projectInScreening(String title) {
        String project = as("student").body(Map.of("title", title + " " + UUID.randomUUID().toString()
                        .substring(0, 8), "schoolId", RIVERSIDE, "sector", "Advanced manufacturing",
                        "pitch", "A student venture of the funding system test"))
                .post(INCUBATION + "/projects").then().statusCode(201).extract().path("id");
        as("school-admin").post(INCUBATION + "/projects/" + project + "/screening").then().statusCode(200)
                .body("status", equalTo("SCREENING"));
        return project;
    }

    private static void admit(String project) {
        as("admin").body(Map.of("overrideReason", "System test: admitted without reviews"))
                .post(INCUBATION + "/projects/" + project + "/admission").then().statusCode(200)
                .body("status", equalTo("INCUBATING"));
    }

    /**
     * Riverside applies for the project (as soon as incubation's ProjectAdmitted has reached funding), the association
     * and the Provincial Department review it, the bank awards it in the tranches given. Returns the award's id.
     */
    private static String awarded(String call, String project, String amount, List<String> trancheAmounts) {
        String[] application = new String[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Response response = as("school-admin").body(application(call, project, amount))
                    .post(FUNDING + "/applications");
            application[0] = response.statusCode() == 201 ? response.path("id") : null;
            return response.statusCode() == 201;
        });
        String path = FUNDING + "/applications/" + application[0];
        for (String[] reviewer : List.of(new String[] {"association-rep", ASSOCIATION},
                new String[] {"gov-officer", GOVERNMENT})) {
            as("funder").body(Map.of("reviewerSubject", subject(reviewer[0]), "reviewerOrganisationId", reviewer[1]))
                    .post(path + "/reviewers").then().statusCode(200);
            as(reviewer[0]).body(Map.of("relevance", 4, "feasibility", 4, "impact", 5, "valueForMoney", 4,
                    "conflictOfInterest", false)).post(path + "/reviews").then().statusCode(201);
        }
        LocalDate due = LocalDate.now();
        List<Map<String, String>> tranches = new java.util.ArrayList<>();
        for (int i = 0; i < trancheAmounts.size(); i++) {
            tranches.add(Map.of("amount", trancheAmounts.get(i), "milestoneTitle", "Milestone " + (i + 1),
                    "dueDate", due.plusMonths(2L * (i + 1)).toString()));
        }
        return as("funder").body(Map.of("amount", amount, "tranches", tranches)).post(path + "/award").then()
                .statusCode(201).body("tranches", hasSize(trancheAmounts.size())).extract().path("id");
    }

    private static Map<String, String> application(String call, String project, String amount) {
        return Map.of("callId", call, "targetId", project, "title", "Start-up grant",
                "summary", "Tooling and a first production run", "requestedAmount", amount);
    }

    /** The call's money as funding's report shows it. */
    private static void callMoney(String call, String committed, String released, String remaining) {
        as("funder").get(FUNDING + "/reports/calls/" + call).then().statusCode(200)
                .body("committed", equalTo(Float.valueOf(committed)))
                .body("released", equalTo(Float.valueOf(released)))
                .body("remaining", equalTo(Float.valueOf(remaining)));
    }

    /** Talent's profile of the demo expert, whose part-time teaching at Riverside the demo made ACTIVE. */
    private static String demoExpertProfile() {
        return as("school-admin").get("/api/talent-exchange/profiles?person=" + subject("expert")).then()
                .statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");
    }

    private static String subject(String user) {
        String payload = Tokens.user(user).split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .getString("sub");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON)
                .baseUri(RunningSuite.gateway());
    }
}
