package org.helix.systemtests;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/**
 * Flow 4 of EVENTS.md, incubation's half: an expert's part-time teaching activated in talent makes them assignable as
 * a mentor in incubation; once talent terminates it, incubation refuses new assignments (422). Through the gateway
 * with real tokens: Nova registers an expert, Nova and Riverside approve a part-time teaching appointment starting
 * today (ACTIVE at once), Riverside's student submits a project that the admin admits, the school assigns the expert
 * as mentor — then the school terminates the appointment and the next assignment is refused.
 */
class MentorFromTalentIT {

    private static final String RIVERSIDE = "00000000-0000-4000-8000-000000000002";
    private static final String NOVA = "00000000-0000-4000-8000-000000000003";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void anExpertWithAnActiveAppointmentInTalentMentorsInIncubationUntilItEnds() {
        String gateway = RunningSuite.gateway();
        demoOrganisation(gateway, RIVERSIDE, "Riverside Vocational College", "SCHOOL");
        demoOrganisation(gateway, NOVA, "Nova Precision Manufacturing", "ENTERPRISE");
        String expert = as("enterprise-rep").body(Map.of("kind", "EXPERT", "organisationId", NOVA,
                        "displayName", "Mentor Expert " + UUID.randomUUID().toString().substring(0, 8),
                        "titleRank", "INTERMEDIATE", "yearsOfExperience", 7, "skills", List.of("CNC machining")))
                .post(gateway + "/api/talent-exchange/profiles").then().statusCode(201).extract().path("id");
        String neverActive = as("enterprise-rep").body(Map.of("kind", "EXPERT", "organisationId", NOVA,
                        "displayName", "Waiting Expert " + UUID.randomUUID().toString().substring(0, 8),
                        "titleRank", "JUNIOR", "yearsOfExperience", 1, "skills", List.of("Welding")))
                .post(gateway + "/api/talent-exchange/profiles").then().statusCode(201).extract().path("id");
        LocalDate today = LocalDate.now();
        String appointment = as("enterprise-rep").body(Map.of("kind", "PART_TIME_TEACHING", "profileId", expert,
                        "hostOrganisationId", RIVERSIDE, "startDate", today.toString(),
                        "endDate", today.plusDays(90).toString(), "hoursPerWeek", 2,
                        "activity", "Mentoring student ventures in manufacturing",
                        "payLines", List.of(Map.of("payerOrganisationId", RIVERSIDE, "amount", "200.00",
                                "currency", "CNY", "basis", "HOURLY"))))
                .post(gateway + "/api/talent-exchange/appointments").then().statusCode(201).extract().path("id");
        as("enterprise-rep").post(gateway + "/api/talent-exchange/appointments/" + appointment + "/approvals").then()
                .statusCode(200);
        as("school-admin").post(gateway + "/api/talent-exchange/appointments/" + appointment + "/approvals").then()
                .statusCode(200).body("status", equalTo("ACTIVE"));

        String project = incubatingProject(gateway);
        String[] mentorship = new String[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Response response = as("school-admin").body(Map.of("profileId", expert))
                    .post(gateway + "/api/incubation/projects/" + project + "/mentors");
            mentorship[0] = response.statusCode() == 201 ? response.path("id") : null;
            return response.statusCode() == 201;
        });
        as("student").get(gateway + "/api/incubation/projects/" + project + "/mentors").then().statusCode(200)
                .body("[0].id", equalTo(mentorship[0])).body("[0].profileId", equalTo(expert))
                .body("[0].status", equalTo("ACTIVE"));
        // an expert of the same pool without an active appointment is refused outright
        await().atMost(PATIENCE).untilAsserted(() -> as("school-admin").body(Map.of("profileId", neverActive))
                .post(gateway + "/api/incubation/projects/" + project + "/mentors").then().statusCode(422)
                .body("detail", containsString("no ACTIVE part-time teaching appointment")));

        as("school-admin").body(Map.of("reason", "End of the mentoring system test"))
                .post(gateway + "/api/talent-exchange/appointments/" + appointment + "/terminate").then()
                .statusCode(200).body("status", equalTo("TERMINATED"));
        String next = incubatingProject(gateway);
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> as("school-admin")
                .body(Map.of("profileId", expert)).post(gateway + "/api/incubation/projects/" + next + "/mentors")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("profileId")));
    }

    /** The demo student's project at Riverside, screened by the school and admitted by the admin's override. */
    private static String incubatingProject(String gateway) {
        String project = as("student").body(Map.of("title", "Fixture service " + UUID.randomUUID().toString()
                        .substring(0, 8), "schoolId", RIVERSIDE, "sector", "Advanced manufacturing",
                        "pitch", "3D-printed fixtures for small machine shops"))
                .post(gateway + "/api/incubation/projects").then().statusCode(201).extract().path("id");
        as("school-admin").post(gateway + "/api/incubation/projects/" + project + "/screening").then()
                .statusCode(200);
        as("admin").body(Map.of("overrideReason", "System test: admitted without reviews"))
                .post(gateway + "/api/incubation/projects/" + project + "/admission").then().statusCode(200)
                .body("status", equalTo("INCUBATING"));
        return project;
    }

    /** The demo organisation in governance (a 409 means it is there) and, shortly after, in talent and incubation. */
    private static void demoOrganisation(String gateway, String id, String name, String type) {
        as("secretariat").body(Map.of("id", id, "name", name, "type", type))
                .post(gateway + "/api/governance/organisations").then().statusCode(anyOf(is(201), is(409)));
        await().atMost(PATIENCE).untilAsserted(() -> as("teacher")
                .get(gateway + "/api/talent-exchange/organisations/" + id).then().statusCode(200));
        await().atMost(PATIENCE).untilAsserted(() -> as("teacher")
                .get(gateway + "/api/incubation/organisations/" + id).then().statusCode(200));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }
}
