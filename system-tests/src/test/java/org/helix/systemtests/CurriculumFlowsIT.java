package org.helix.systemtests;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
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
 * Flows of EVENTS.md in which curriculum takes part, through the gateway with real tokens and the real broker:
 * flow 2 (a CURRICULUM_REVISION resolution adopted in governance opens a DRAFT revision in curriculum), flow 4's
 * curriculum half (an expert's ACTIVE part-time teaching in talent lets Riverside assign them to a section; once
 * terminated, 422) and flow 6 (a student's evaluation published in talent shows as the teacher's rating on the
 * section in curriculum).
 */
class CurriculumFlowsIT {

    private static final String RIVERSIDE = "00000000-0000-4000-8000-000000000002";
    private static final String NOVA = "00000000-0000-4000-8000-000000000003";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static String gateway;

    @BeforeAll
    static void organisations() {
        gateway = RunningSuite.gateway();
        demoOrganisation(RIVERSIDE, "Riverside Vocational College", "SCHOOL");
        demoOrganisation(NOVA, "Nova Precision Manufacturing", "ENTERPRISE");
    }

    @Test
    void aCurriculumRevisionAdoptedInGovernanceOpensADraftRevision() {
        String committee = as("gov-officer").body(Map.of("name", "Curriculum flow " + UUID.randomUUID()
                .toString().substring(0, 8), "tier", "MACRO")).post(gateway + "/api/governance/committees").then()
                .statusCode(201).extract().path("id");
        for (String[] member : new String[][] {{RIVERSIDE, "CHAIR"}, {NOVA, "MEMBER"}}) {
            as("secretariat").body(Map.of("organisationId", member[0], "position", member[1]))
                    .post(gateway + "/api/governance/committees/" + committee + "/members").then().statusCode(201);
        }
        String subject = "Industrial robotics " + UUID.randomUUID().toString().substring(0, 8);
        String resolution = as("school-admin").body(Map.of("title", "Revise the robotics curriculum", "text",
                        "The committee asks Riverside to add industrial robotics.", "kind", "CURRICULUM_REVISION",
                        "schoolId", RIVERSIDE, "courseOrProgramme", subject))
                .post(gateway + "/api/governance/committees/" + committee + "/resolutions").then().statusCode(201)
                .extract().path("id");
        as("secretariat").post(gateway + "/api/governance/resolutions/" + resolution + "/voting/open").then()
                .statusCode(200);
        for (String voter : List.of("school-admin", "enterprise-rep")) {
            as(voter).body(Map.of("choice", "FOR")).post(gateway + "/api/governance/resolutions/" + resolution
                    + "/votes").then().statusCode(201);
        }
        as("secretariat").post(gateway + "/api/governance/resolutions/" + resolution + "/voting/close").then()
                .statusCode(200).body("status", equalTo("ADOPTED"));

        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> as("school-admin")
                .queryParam("resolution", resolution).get(gateway + "/api/curriculum/revisions").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo("DRAFT"))
                .body("items[0].schoolId", equalTo(RIVERSIDE)).body("items[0].subject", equalTo(subject))
                .body("items[0].change", equalTo("ADD")));
    }

    @Test
    void anExpertActivelyTeachingAtTheSchoolMayTakeASectionUntilTheAppointmentEnds() {
        String expert = as("enterprise-rep").body(Map.of("kind", "EXPERT", "organisationId", NOVA,
                        "displayName", "Section Expert " + UUID.randomUUID().toString().substring(0, 8),
                        "titleRank", "INTERMEDIATE", "yearsOfExperience", 3, "skills", List.of("CNC machining")))
                .post(gateway + "/api/talent-exchange/profiles").then().statusCode(201).extract().path("id");
        LocalDate today = LocalDate.now();
        String appointment = as("school-admin").body(Map.of("kind", "PART_TIME_TEACHING", "profileId", expert,
                        "hostOrganisationId", RIVERSIDE, "startDate", today.toString(),
                        "endDate", today.plusMonths(4).toString(), "hoursPerWeek", 1,
                        "activity", "CNC programming section",
                        "payLines", List.of(Map.of("payerOrganisationId", RIVERSIDE, "amount", "150.00",
                                "currency", "CNY", "basis", "HOURLY"))))
                .post(gateway + "/api/talent-exchange/appointments").then().statusCode(201).extract().path("id");
        as("enterprise-rep").post(gateway + "/api/talent-exchange/appointments/" + appointment + "/approvals").then()
                .statusCode(200);
        as("school-admin").post(gateway + "/api/talent-exchange/appointments/" + appointment + "/approvals").then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
        String offering = offering();

        awaitMayTeach(expert, true);
        as("school-admin").body(Map.of("label", "Expert", "teacherProfileId", expert, "capacity", 20))
                .post(gateway + "/api/curriculum/offerings/" + offering + "/sections").then().statusCode(201)
                .body("teacherProfileId", equalTo(expert));

        as("school-admin").body(Map.of("reason", "The expert returned to Nova's line"))
                .post(gateway + "/api/talent-exchange/appointments/" + appointment + "/terminate").then()
                .statusCode(200);
        awaitMayTeach(expert, false);
        as("school-admin").body(Map.of("label", "Expert again", "teacherProfileId", expert, "capacity", 20))
                .post(gateway + "/api/curriculum/offerings/" + offering + "/sections").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("teacherProfileId"));
    }

    @Test
    void anEvaluationPublishedInTalentShowsAsTheTeachersRatingOnTheSection() {
        String teacher = as("school-admin").body(Map.of("kind", "TEACHER", "organisationId", RIVERSIDE,
                        "displayName", "Rated Teacher " + UUID.randomUUID().toString().substring(0, 8),
                        "titleRank", "LECTURER", "yearsOfExperience", 7, "skills", List.of("Mechatronics")))
                .post(gateway + "/api/talent-exchange/profiles").then().statusCode(201).extract().path("id");
        String offering = offering();
        awaitMayTeach(teacher, true);
        String section = as("school-admin").body(Map.of("label", "Rated", "teacherProfileId", teacher,
                "capacity", 20)).post(gateway + "/api/curriculum/offerings/" + offering + "/sections").then()
                .statusCode(201).extract().path("id");
        as("student").post(gateway + "/api/curriculum/sections/" + section + "/enrolments").then().statusCode(201);

        // talent learns of the enrolment from curriculum's StudentEnrolled; until then the student may not evaluate (403);
        // talent answers an accepted evaluation with 200 and a receipt
        Map<String, Object> answers = Map.of("clarity", 5, "preparation", 4, "engagement", 4, "fairness", 5,
                "practicalRelevance", 4);
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> as("student").body(answers)
                .post(gateway + "/api/talent-exchange/sections/" + section + "/evaluations").statusCode() == 200);

        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> as("student")
                .get(gateway + "/api/curriculum/sections/" + section).then().statusCode(200)
                .body("rating.averageScore", equalTo(4.4f)).body("rating.responses", equalTo(1))
                .body("rating.sections", equalTo(1)));
    }

    /** A fresh course of Riverside offered in the current year's autumn term. */
    private static String offering() {
        String programme = as("school-admin").body(Map.of("schoolId", RIVERSIDE, "name", "Flow programme "
                + UUID.randomUUID().toString().substring(0, 8), "industry", "Advanced manufacturing", "level",
                "HIGHER_VOCATIONAL")).post(gateway + "/api/curriculum/programmes").then().statusCode(201).extract()
                .path("id");
        String course = as("school-admin").body(Map.of("programmeId", programme, "code", "F" + UUID.randomUUID()
                .toString().substring(0, 8), "content", Map.of("title", "Flow course", "type", "PRACTICAL",
                "credits", 2, "skillIds", List.of()))).post(gateway + "/api/curriculum/courses").then()
                .statusCode(201).extract().path("id");
        return as("school-admin").body(Map.of("courseId", course, "term", LocalDate.now().getYear() + "-AUTUMN"))
                .post(gateway + "/api/curriculum/offerings").then().statusCode(201).extract().path("id");
    }

    private static void awaitMayTeach(String profile, boolean may) {
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            io.restassured.response.Response response = as("school-admin")
                    .get(gateway + "/api/curriculum/teachers/" + profile);
            return response.statusCode() == 200
                    && response.jsonPath().getList("mayTeachAt").contains(RIVERSIDE) == may;
        });
    }

    /** The demo organisation in governance (a 409 means it is there) and, shortly after, in curriculum. */
    private static void demoOrganisation(String id, String name, String type) {
        as("secretariat").body(Map.of("id", id, "name", name, "type", type))
                .post(gateway + "/api/governance/organisations").then().statusCode(anyOf(is(201), is(409)));
        await().atMost(PATIENCE).untilAsserted(() -> as("teacher")
                .get(gateway + "/api/curriculum/organisations/" + id).then().statusCode(200));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }
}
