package org.helix.systemtests.stories;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.helix.systemtests.stories.Alliance.CURRICULUM_API;
import static org.helix.systemtests.stories.Alliance.FUNDING_API;
import static org.helix.systemtests.stories.Alliance.GOVERNANCE_API;
import static org.helix.systemtests.stories.Alliance.INCUBATION_API;
import static org.helix.systemtests.stories.Alliance.RIVERSIDE;
import static org.helix.systemtests.stories.Alliance.TALENT_API;
import static org.helix.systemtests.stories.Alliance.as;
import static org.helix.systemtests.stories.Alliance.eventually;
import static org.helix.systemtests.stories.Alliance.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The living demo of issue 15 (item 4): what {@code helix up} seeds shows each of the four stories at some stage in
 * every service it crosses, as the demo users of the README's tour see it through the gateway — and seeding again
 * changes nothing.
 */
class LivingDemoIT {

    private static final String BANK = "00000000-0000-4000-8000-000000000005";
    private static final String LOAN_CALL_TITLE = "Start-up loans for incubating student projects";
    private static final String AGREEMENT_TITLE = "CNC machining training base: Riverside Vocational College and "
            + "Nova Precision Manufacturing";

    @BeforeAll
    static void seedTheDemo() {
        Alliance.seedDemo("LivingDemoIT");
    }

    @Test
    void theCurriculumStoryWaitsForItsDraftAndItsReview() {
        JsonPath drafts = as("school-admin").get(CURRICULUM_API + "/revisions?school=" + RIVERSIDE
                + "&status=DRAFT&size=100").then().statusCode(200).extract().jsonPath();
        String resolution = drafts.getString("items.find { it.subject == 'PLC-150' }.resolutionId");
        assertEquals("MODIFY", drafts.getString("items.find { it.subject == 'PLC-150' }.change"));
        as("teacher").get(GOVERNANCE_API + "/resolutions/" + resolution).then().statusCode(200)
                .body("status", equalTo("ADOPTED")).body("kind", equalTo("CURRICULUM_REVISION"));
        as("school-admin").get(CURRICULUM_API + "/revisions?school=" + RIVERSIDE + "&status=UNDER_REVIEW").then()
                .statusCode(200).body("items.subject", hasItem("Add five-axis machining to CNC-201"));
    }

    @Test
    void theExpertStoryTeachesThroughTheGreenChannelAndMentors() {
        String expert = demoExpert();
        as("school-admin").get(GOVERNANCE_API + "/agreements?party=" + RIVERSIDE + "&size=100").then()
                .statusCode(200).body("items.find { it.title == '" + AGREEMENT_TITLE + "' }.status",
                        equalTo("ACTIVE"));
        as("school-admin").get(TALENT_API + "/appointments?kind=PART_TIME_TEACHING&status=ACTIVE&profile=" + expert)
                .then().statusCode(200).body("items[0].hostOrganisationId", equalTo(RIVERSIDE))
                .body("items[0].greenChannel", equalTo(true));
        // her first section (this term's; the demo opens next term's offering last) is the one students chose
        String section = as("student").get(CURRICULUM_API + "/sections?school=" + RIVERSIDE + "&teacher=" + expert
                + "&sort=createdAt,asc").then().statusCode(200).body("items[0].teacherName", equalTo("Li Wei"))
                .extract().path("items[0].id");
        as("student").get(CURRICULUM_API + "/enrolments").then().statusCode(200)
                .body("items.sectionId", hasItem(section));

        // five students evaluated her section: talent published it, curriculum shows it at next term's choice
        as("student").get(TALENT_API + "/profiles/" + expert + "/evaluation-results").then().statusCode(200)
                .body("[0].sectionId", equalTo(section)).body("[0].responses", equalTo(5))
                .body("[0].averageScore", equalTo(4.4f));
        eventually().untilAsserted(() -> as("student").get(CURRICULUM_API + "/sections?school=" + RIVERSIDE
                + "&teacher=" + expert + "&size=100").then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items.rating.averageScore", everyItem(equalTo(4.4f)))
                .body("items.rating.responses", everyItem(equalTo(5))));
        String project = incubatingProject();
        as("student").get(INCUBATION_API + "/projects/" + project + "/mentors").then().statusCode(200)
                .body("findAll { it.status == 'ACTIVE' }.profileId", hasItem(expert));
    }

    @Test
    void theProjectStoryHasAProjectAtEveryStageAndItsFirstTrancheReleasedOnce() {
        as("student").get(INCUBATION_API + "/projects?size=100&sort=createdAt,asc").then()
                .statusCode(200).body("items.status", hasItems("SUBMITTED", "SCREENING", "INCUBATING"));
        JsonPath before = demoAward();
        assertEquals(List.of("RELEASED", "PENDING", "PENDING"), before.getList("tranches.status"));
        assertEquals(120000.00f, before.getFloat("tranches[0].disbursement.amount"));
        String project = before.getString("targetId");
        eventually().untilAsserted(() -> as("student").get(INCUBATION_API + "/projects/" + project + "/funding")
                .then().statusCode(200)
                .body("awards[0].tranches.status", equalTo(List.of("RELEASED", "PENDING", "PENDING"))));
        List<String> achieved = achievedTranches(project);
        assertEquals(List.of(before.getString("tranches[0].id")), achieved);
        eventually().untilAsserted(() -> assertTrue(Alliance.figure(null, "money.released",
                Map.of("funderOrganisationId", BANK)).compareTo(new BigDecimal("120000")) >= 0,
                "the bank's released money on the dashboard"));

        Alliance.seedDemo("LivingDemoIT, again");
        JsonPath after = demoAward();
        assertEquals(before.getString("id"), after.getString("id"));
        assertEquals(before.getList("tranches"), after.getList("tranches"));
        assertEquals(before.getLong("version"), after.getLong("version"));
        assertEquals(achieved, achievedTranches(project));
    }

    @Test
    void theLedgerStoryHasTheDemoAgreementsContributionsAndABenefit() {
        String agreement = as("school-admin").get(GOVERNANCE_API + "/agreements?party=" + RIVERSIDE + "&size=100")
                .then().statusCode(200).extract().path("items.find { it.title == '" + AGREEMENT_TITLE + "' }.id");
        as("enterprise-rep").get(FUNDING_API + "/reports/agreements/" + agreement).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("parties.contributed", equalTo(List.of(120000.00f, 380000.00f)))
                .body("totals.benefits", equalTo(86000.01f));
    }

    private static String demoExpert() {
        return as("school-admin").get(TALENT_API + "/profiles?person=" + subject("expert")).then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].id");
    }

    private static String incubatingProject() {
        return as("student").get(INCUBATION_API + "/projects?status=INCUBATING&size=100&sort=createdAt,asc").then()
                .statusCode(200).extract()
                .path("items.find { it.title == 'Precision Fixture Print Lab' }.id");
    }

    private static List<String> achievedTranches(String project) {
        return as("student").get(INCUBATION_API + "/projects/" + project + "/milestones").then().statusCode(200)
                .extract().path("findAll { it.status == 'ACHIEVED' }.trancheId");
    }

    /** The only award of the bank's demo loan call, once its first tranche is released. */
    private static JsonPath demoAward() {
        String call = as("funder").get(FUNDING_API + "/calls?funder=" + BANK + "&size=100").then().statusCode(200)
                .extract().path("items.find { it.title == '" + LOAN_CALL_TITLE + "' }.id");
        JsonPath[] award = new JsonPath[1];
        eventually().untilAsserted(() -> {
            JsonPath awards = as("funder").get(FUNDING_API + "/awards?call=" + call).then().statusCode(200)
                    .body("total", equalTo(1)).extract().jsonPath();
            award[0] = as("funder").get(FUNDING_API + "/awards/" + awards.getString("items[0].id")).then()
                    .statusCode(200).body("tranches[0].status", equalTo("RELEASED")).extract().jsonPath();
        });
        return award[0];
    }
}
