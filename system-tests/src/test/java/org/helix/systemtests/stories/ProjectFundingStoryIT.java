package org.helix.systemtests.stories;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.helix.systemtests.stories.Alliance.ASSOCIATION;
import static org.helix.systemtests.stories.Alliance.FUNDING_API;
import static org.helix.systemtests.stories.Alliance.GOVERNMENT;
import static org.helix.systemtests.stories.Alliance.INCUBATION_API;
import static org.helix.systemtests.stories.Alliance.RIVERSIDE;
import static org.helix.systemtests.stories.Alliance.amount;
import static org.helix.systemtests.stories.Alliance.as;
import static org.helix.systemtests.stories.Alliance.create;
import static org.helix.systemtests.stories.Alliance.eventually;
import static org.helix.systemtests.stories.Alliance.figure;
import static org.helix.systemtests.stories.Alliance.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Story (c) of issue 15, flows 7 and 8 of EVENTS.md: the demo student submits a project in incubation → while in
 * screening funding refuses it as a target → admitted → Riverside applies to a funder's call, two reviewers score it,
 * the funder awards it in three tranches → incubation shows one milestone per tranche, linked to the award → the
 * team submits evidence and the mentor (the demo expert, whose part-time teaching talent's demo made ACTIVE) verifies
 * each → funding releases exactly that tranche with a disbursement, and incubation's funding view shows it → the
 * project graduates, and funding (told by ProjectGraduated) takes no further application for it. A second awarded
 * project is discontinued → its pending tranches are CANCELLED and their money is back in the call's remaining
 * budget, in funding, in incubation's view and on the dashboard.
 * <p>
 * The funder is a new organisation each run, so the governance dashboard's money figures of that funder (narrowed to
 * a committee of it alone) are this story's alone and are checked exactly at each step. "Applied once": incubation
 * holds exactly one milestone per tranche (AwardGranted), funding exactly one release and one disbursement per
 * verified milestone and no failed release check (MilestoneAchieved), the call's and the dashboard's money match to
 * the cent after every event (a tranche applied twice would move it twice).
 */
class ProjectFundingStoryIT {

    private static String funder;
    private static String scope;
    private static String mentor;

    @BeforeAll
    static void theDemoAndANewFunder() {
        Alliance.seedDemo("ProjectFundingStoryIT");
        funder = Alliance.newOrganisation("Harbour Seed Fund", "FINANCIAL_INSTITUTION");
        scope = Alliance.scope(funder);
        mentor = as("school-admin").get("/api/talent-exchange/profiles?person=" + subject("expert")).then()
                .statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");
    }

    @Test
    void aFundedProjectIsPaidByVerifiedMilestonesAndGraduatesWhileADiscontinuedOneGivesItsMoneyBack() {
        String call = create("admin", FUNDING_API + "/calls", Map.ofEntries(
                Map.entry("funderOrganisationId", funder), Map.entry("title", "Seed grants " + Alliance.tag()),
                Map.entry("description", "Grants for admitted student projects, paid by verified milestones"),
                Map.entry("budget", "1000000.00"), Map.entry("currency", "CNY"),
                Map.entry("moneyKind", "GRANT"), Map.entry("targetKind", "PROJECT"),
                Map.entry("eligibleApplicantTypes", List.of("SCHOOL")),
                Map.entry("opensOn", LocalDate.now().minusDays(1).toString()),
                Map.entry("closesOn", LocalDate.now().plusDays(30).toString()),
                Map.entry("maxAward", "300000.00"), Map.entry("reviewThreshold", "3.00")));
        money(call, "0.00", "0.00", "1000000.00");

        // flow 7: in screening the project is no target; admitted, it is
        String project = projectInScreening("Fixture print lab");
        as("school-admin").body(application(call, project, "150000.00")).post(FUNDING_API + "/applications").then()
                .statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("targetId"));
        admit(project);
        String award = awarded(call, project, "150000.00", List.of("60000.00", "50000.00", "40000.00"));
        List<String> tranches = as("admin").get(FUNDING_API + "/awards/" + award).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("tranches.status", everyItem(equalTo("PENDING")))
                .extract().path("tranches.id");
        money(call, "150000.00", "0.00", "850000.00");

        // flow 8: one milestone per tranche, linked to the award, in incubation
        String milestones = INCUBATION_API + "/projects/" + project + "/milestones";
        eventually().untilAsserted(() -> as("student").get(milestones).then().statusCode(200)
                .body("findAll { it.awardId == '" + award + "' }.trancheId", containsInAnyOrder(tranches.toArray()))
                .body("findAll { it.awardId == '" + award + "' }.status", everyItem(equalTo("PLANNED"))));
        as("student").get(milestones).then().body("$", hasSize(tranches.size()));

        as("school-admin").body(Map.of("profileId", mentor)).post(INCUBATION_API + "/projects/" + project
                + "/mentors").then().statusCode(201);
        String first = milestoneOf(project, tranches.get(0));
        as("expert").post(milestones + "/" + first + "/verification").then().statusCode(409);
        verify(project, first, "Ten fixtures printed and used on a real CNC line", true);
        eventually().untilAsserted(() -> as("admin").get(FUNDING_API + "/awards/" + award).then().statusCode(200)
                .body("tranches.status", equalTo(List.of("RELEASED", "PENDING", "PENDING")))
                .body("tranches[0].milestoneId", equalTo(first))
                .body("tranches[0].disbursement.amount", equalTo(60000.00f))
                .body("tranches[0].disbursement.payeeOrganisationId", equalTo(RIVERSIDE))
                .body("tranches[1].disbursement", nullValue())
                .body("released", equalTo(60000.00f)).body("pending", equalTo(90000.00f)));
        money(call, "90000.00", "60000.00", "850000.00");
        eventually().untilAsserted(() -> as("student").get(INCUBATION_API + "/projects/" + project + "/funding")
                .then().statusCode(200).body("awards", hasSize(1)).body("awards[0].awardId", equalTo(award))
                .body("awards[0].released", equalTo(60000.00f)).body("awards[0].pending", equalTo(90000.00f))
                .body("awards[0].tranches.status", equalTo(List.of("RELEASED", "PENDING", "PENDING")))
                .body("awards[0].tranches[0].milestoneId", equalTo(first)));

        // the other two milestones, then graduation
        verify(project, milestoneOf(project, tranches.get(1)), "Ten machine shops pay list price", false);
        verify(project, milestoneOf(project, tranches.get(2)), "Company registered, break-even month", false);
        eventually().untilAsserted(() -> as("admin").get(FUNDING_API + "/awards/" + award).then().statusCode(200)
                .body("tranches.status", everyItem(equalTo("RELEASED")))
                .body("tranches.disbursement.amount", equalTo(List.of(60000.00f, 50000.00f, 40000.00f)))
                .body("released", equalTo(150000.00f)).body("pending", equalTo(0.00f)));
        as("admin").get(FUNDING_API + "/awards/" + award + "/failed-release-checks").then().statusCode(200)
                .body("$", hasSize(0));
        money(call, "0.00", "150000.00", "850000.00");
        eventually().untilAsserted(() -> as("student").get(INCUBATION_API + "/projects/" + project + "/funding")
                .then().statusCode(200).body("awards[0].released", equalTo(150000.00f))
                .body("awards[0].tranches.status", everyItem(equalTo("RELEASED"))));
        as("school-admin").body(Map.of("reason", "Three milestones met, the company trades on its own"))
                .post(INCUBATION_API + "/projects/" + project + "/graduate").then().statusCode(200)
                .body("status", equalTo("GRADUATED"));
        as("student").get(INCUBATION_API + "/projects/" + project + "/mentors").then().statusCode(200)
                .body("status", everyItem(equalTo("RELEASED")));
        eventually().untilAsserted(() -> as("school-admin").body(application(call, project, "10000.00"))
                .post(FUNDING_API + "/applications").then().statusCode(422).body("errors[0].field",
                        equalTo("targetId")));

        // flow 7's other end: a discontinued project's pending tranches are cancelled, their money back to the call
        String ended = projectInScreening("Campus drone repair");
        admit(ended);
        String endedAward = awarded(call, ended, "100000.00", List.of("70000.00", "30000.00"));
        money(call, "100000.00", "150000.00", "750000.00");
        as("school-admin").body(Map.of("reason", "The team left for industry jobs"))
                .post(INCUBATION_API + "/projects/" + ended + "/discontinue").then().statusCode(200)
                .body("status", equalTo("DISCONTINUED"));
        eventually().untilAsserted(() -> as("admin").get(FUNDING_API + "/awards/" + endedAward).then()
                .statusCode(200).body("tranches.status", equalTo(List.of("CANCELLED", "CANCELLED")))
                .body("pending", equalTo(0.00f)));
        money(call, "0.00", "150000.00", "850000.00");
        eventually().untilAsserted(() -> as("school-admin").get(INCUBATION_API + "/projects/" + ended + "/funding")
                .then().statusCode(200).body("awards[0].tranches.status", equalTo(List.of("CANCELLED", "CANCELLED")))
                .body("awards[0].cancelled", equalTo(100000.00f)));
        // the graduated project's award is untouched
        as("admin").get(FUNDING_API + "/awards/" + award).then().statusCode(200)
                .body("tranches.status", everyItem(equalTo("RELEASED")));
    }

    /** The team submits evidence, the mentor verifies (the student may not): ACHIEVED, linked to its tranche. */
    private static void verify(String project, String milestone, String evidence, boolean studentTriesFirst) {
        String path = INCUBATION_API + "/projects/" + project + "/milestones/" + milestone;
        long version = as("student").get(path).then().statusCode(200).extract().<Number>path("version").longValue();
        as("student").body(Map.of("evidence", evidence, "version", version)).post(path + "/evidence").then()
                .statusCode(200);
        if (studentTriesFirst) {
            as("student").post(path + "/verification").then().statusCode(403);
        }
        as("expert").post(path + "/verification").then().statusCode(200).body("status", equalTo("ACHIEVED"));
    }

    private static String milestoneOf(String project, String tranche) {
        return as("student").get(INCUBATION_API + "/projects/" + project + "/milestones").then().statusCode(200)
                .extract().path("find { it.trancheId == '" + tranche + "' }.id");
    }

    /**
     * The call's money, as funding's report shows it and as the governance dashboard shows the funder's (fed by
     * funding's CallOpened, AwardGranted, TrancheReleased and TrancheCancelled).
     */
    private static void money(String call, String committed, String released, String remaining) {
        as("admin").get(FUNDING_API + "/reports/calls/" + call).then().statusCode(200)
                .body("committed", equalTo(Float.valueOf(committed)))
                .body("released", equalTo(Float.valueOf(released)))
                .body("remaining", equalTo(Float.valueOf(remaining)));
        Map<String, String> ofFunder = Map.of("funderOrganisationId", funder);
        eventually().untilAsserted(() -> {
            assertEquals(amount("1000000.00"), figure(scope, "money.budget", ofFunder));
            assertEquals(amount(committed), figure(scope, "money.committed", ofFunder));
            assertEquals(amount(released), figure(scope, "money.released", ofFunder));
            assertEquals(amount(remaining), figure(scope, "money.remaining", ofFunder));
        });
    }

    /** A project of the demo student at Riverside, put into screening by the school. */
    private static String projectInScreening(String title) {
        String project = create("student", INCUBATION_API + "/projects", Map.of("title", title + " "
                + Alliance.tag(), "schoolId", RIVERSIDE, "sector", "Advanced manufacturing",
                "pitch", "A student venture of the project-funding story"));
        as("school-admin").post(INCUBATION_API + "/projects/" + project + "/screening").then().statusCode(200)
                .body("status", equalTo("SCREENING"));
        return project;
    }

    private static void admit(String project) {
        as("admin").body(Map.of("overrideReason", "Story: admitted without reviews"))
                .post(INCUBATION_API + "/projects/" + project + "/admission").then().statusCode(200)
                .body("status", equalTo("INCUBATING"));
    }

    /**
     * Riverside applies for the project (as soon as incubation's ProjectAdmitted has reached funding), the association
     * and the Provincial Department review it, the funder (here the admin, for the new funder) awards it in the
     * tranches given. Returns the award's id.
     */
    private static String awarded(String call, String project, String amount, List<String> trancheAmounts) {
        String[] application = new String[1];
        eventually().until(() -> {
            Response response = as("school-admin").body(application(call, project, amount))
                    .post(FUNDING_API + "/applications");
            application[0] = response.statusCode() == 201 ? response.path("id") : null;
            return application[0] != null;
        });
        String path = FUNDING_API + "/applications/" + application[0];
        for (String[] reviewer : List.of(new String[] {"association-rep", ASSOCIATION},
                new String[] {"gov-officer", GOVERNMENT})) {
            as("admin").body(Map.of("reviewerSubject", subject(reviewer[0]), "reviewerOrganisationId", reviewer[1]))
                    .post(path + "/reviewers").then().statusCode(200);
            as(reviewer[0]).body(Map.of("relevance", 4, "feasibility", 4, "impact", 5, "valueForMoney", 4,
                    "conflictOfInterest", false)).post(path + "/reviews").then().statusCode(201);
        }
        List<Map<String, String>> tranches = new ArrayList<>();
        for (int i = 0; i < trancheAmounts.size(); i++) {
            tranches.add(Map.of("amount", trancheAmounts.get(i), "milestoneTitle", "Milestone " + (i + 1),
                    "dueDate", LocalDate.now().plusMonths(2L * (i + 1)).toString()));
        }
        JsonPath granted = as("admin").body(Map.of("amount", amount, "tranches", tranches)).post(path + "/award")
                .then().statusCode(201).body("tranches", hasSize(trancheAmounts.size())).extract().jsonPath();
        return granted.getString("id");
    }

    private static Map<String, String> application(String call, String project, String amount) {
        return Map.of("callId", call, "targetId", project, "title", "Start-up grant",
                "summary", "Tooling and a first production run", "requestedAmount", amount);
    }
}
