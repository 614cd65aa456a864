package org.helix.incubation.panel;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.helix.incubation.IncubationFixtures.API;
import static org.helix.incubation.IncubationFixtures.LAKESIDE_POLYTECHNIC;
import static org.helix.incubation.IncubationFixtures.NOVA_MANUFACTURING;
import static org.helix.incubation.IncubationFixtures.PATIENCE;
import static org.helix.incubation.IncubationFixtures.as;
import static org.helix.incubation.IncubationFixtures.reviewerProfile;
import static org.helix.incubation.IncubationFixtures.screening;
import static org.helix.incubation.IncubationFixtures.seatOnPanel;
import static org.helix.incubation.IncubationFixtures.subjectOf;
import static org.helix.incubation.IncubationFixtures.talentProfile;
import static org.helix.incubation.IncubationFixtures.unique;

/**
 * The screening panel (DESIGN.md: projects are the team's, the school's, the mentors', admin's and secretariat's):
 * only the experts and teachers seated on a project's panel see it while SCREENING, find it in lists and review it;
 * who may be seated; unseating; the panel size at its edges.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "incubation"))
class ScreeningPanelTest {

    private static final Map<String, Object> SCORES = Map.of("innovation", 4, "feasibility", 4, "market", 3,
            "team", 4);

    @Test
    void onlyThePanelSeesAndReviewsAProjectUnderScreening() {
        UUID project = screening();
        String path = API + "/projects/" + project;
        // no panel yet: experts and teachers do not see it, nor find it, nor review it
        for (String user : List.of("expert", "teacher")) {
            as(user).get(path).then().statusCode(404);
            as(user).body(SCORES).post(path + "/reviews").then().statusCode(404);
            as(user).queryParam("size", 100).queryParam("status", "SCREENING").get(API + "/projects").then()
                    .statusCode(200).body("items.id", not(hasItem(project.toString())));
        }
        UUID expertSeat = seatOnPanel(project, reviewerProfile("expert"));
        as("expert").get(path).then().statusCode(200);
        as("expert").queryParam("size", 100).queryParam("status", "SCREENING").get(API + "/projects").then()
                .body("items.id", hasItem(project.toString()));
        as("teacher").get(path).then().statusCode(404);
        // admin sees it but is not on its panel
        as("admin").body(SCORES).post(path + "/reviews").then().statusCode(403);
        as("expert").body(SCORES).post(path + "/reviews").then().statusCode(201).body("reviewerRole",
                equalTo("expert"));

        UUID teacherSeat = seatOnPanel(project, reviewerProfile("teacher"));
        as("student").get(path + "/panel").then().statusCode(200)
                .body("id", equalTo(List.of(expertSeat.toString(), teacherSeat.toString())))
                .body("reviewed", equalTo(List.of(true, false)))
                .body("reviewerSubject", equalTo(List.of(subjectOf("expert"), subjectOf("teacher"))));
        as("teacher").get(path + "/panel").then().statusCode(200);
        as("school-admin-2").get(path + "/panel").then().statusCode(404);

        // a reviewer who reviewed keeps the seat; one who has not may be unseated and no longer sees the project
        as("school-admin").delete(path + "/panel/" + expertSeat).then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:reviewed-already"));
        as("student").delete(path + "/panel/" + teacherSeat).then().statusCode(403);
        as("school-admin").delete(path + "/panel/" + teacherSeat).then().statusCode(204);
        as("school-admin").delete(path + "/panel/" + teacherSeat).then().statusCode(404);
        as("teacher").get(path).then().statusCode(404);

        // once decided, the panel sees it no longer (it is not a mentor, nor on the team)
        as("admin").body(Map.of("overrideReason", "Strategic for the region")).post(path + "/admission").then()
                .statusCode(200);
        as("expert").get(path).then().statusCode(404);
        as("secretariat").body(Map.of("profileId", reviewerProfile("teacher"))).post(path + "/panel").then()
                .statusCode(409).body("type", equalTo("urn:helix:problem:illegal-transition"));
    }

    @Test
    void onlyExpertsAndTeachersOfTheSchoolWhoSignInAndAreNotOnTheTeamAreSeated() {
        UUID project = screening();
        String panel = API + "/projects/" + project + "/panel";
        UUID expert = reviewerProfile("expert");
        seatOnPanel(project, expert);
        as("school-admin").body(Map.of("profileId", expert)).post(panel).then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:already-on-panel"));
        as("student").body(Map.of("profileId", expert)).post(panel).then().statusCode(403);
        as("school-admin-2").body(Map.of("profileId", expert)).post(panel).then().statusCode(404);
        as("expert").body(Map.of("profileId", expert)).post(panel).then().statusCode(403);

        // a teacher of another school, a profile nobody signs in with, a team member: each refused naming profileId
        UUID lakesideTeacher = talentProfile("TEACHER", LAKESIDE_POLYTECHNIC, unique("lakeside-teacher"), false);
        UUID withoutSignIn = talentProfile("EXPERT", NOVA_MANUFACTURING, null, false);
        UUID teamLead = talentProfile("EXPERT", NOVA_MANUFACTURING, subjectOf("student"), false);
        for (UUID refused : List.of(lakesideTeacher, withoutSignIn, teamLead)) {
            // until talent's event has arrived the profile is unknown (422 too, saying so)
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> as("school-admin")
                    .body(Map.of("profileId", refused)).post(panel).then().statusCode(422)
                    .body("errors[0].field", equalTo("profileId"))
                    .body("errors[0].message", not(containsString("known (yet)"))));
        }
        as("secretariat").get(panel).then().body("profileId", equalTo(List.of(expert.toString())));
    }

    @Test
    void thePanelHoldsAtMostFiveReviewers() {
        UUID project = screening();
        String panel = API + "/projects/" + project + "/panel";
        List<UUID> seats = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            // the fourth is one below the size, the fifth at it
            seats.add(seatOnPanel(project, talentProfile("EXPERT", NOVA_MANUFACTURING, unique("panelist"), false)));
        }
        UUID sixth = talentProfile("EXPERT", NOVA_MANUFACTURING, unique("panelist"), false);
        seatOnPanel(screening(), sixth); // talent's event about it has arrived
        as("school-admin").body(Map.of("profileId", sixth)).post(panel).then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:panel-full"));
        as("school-admin").delete(panel + "/" + seats.get(0)).then().statusCode(204);
        as("school-admin").body(Map.of("profileId", sixth)).post(panel).then().statusCode(201);
        as("secretariat").get(panel).then().body("size()", equalTo(5));
    }
}
