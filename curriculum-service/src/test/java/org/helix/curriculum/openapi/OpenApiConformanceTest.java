package org.helix.curriculum.openapi;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.OpenApiConformance;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.helix.curriculum.CurriculumFixtures.API;
import static org.helix.curriculum.CurriculumFixtures.GOVERNANCE;
import static org.helix.curriculum.CurriculumFixtures.NOVA_MANUFACTURING;
import static org.helix.curriculum.CurriculumFixtures.PATIENCE;
import static org.helix.curriculum.CurriculumFixtures.RIVERSIDE_COLLEGE;
import static org.helix.curriculum.CurriculumFixtures.as;
import static org.helix.curriculum.CurriculumFixtures.demoOrganisations;
import static org.helix.curriculum.CurriculumFixtures.evaluationPublished;
import static org.helix.curriculum.CurriculumFixtures.riversideSection;
import static org.helix.curriculum.CurriculumFixtures.riversideTeacher;
import static org.helix.curriculum.CurriculumFixtures.skill;
import static org.helix.curriculum.CurriculumFixtures.subjectOf;
import static org.helix.curriculum.CurriculumFixtures.unique;

/**
 * Every GET operation of the document this service serves answers, with real content, what the document says: data
 * built through the API (optional fields set and left out), every documented GET path read and validated. A GET path
 * the test does not exercise fails it.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "curriculum"))
class OpenApiConformanceTest {

    @Test
    void everyGetOperationAnswersWhatTheDocumentSays() {
        OpenApiConformance api = OpenApiConformance.load("/q/openapi?format=json");
        demoOrganisations();
        UUID bare = UUID.randomUUID();
        ContractFixture registered = ContractFixture.ofEvent("governance-service", "OrganisationRegistered")
                .with("organisationId", bare.toString()).with("name", "Conformance College").with("type", "SCHOOL")
                .with("region", null).with("contactEmail", null).with("website", null).with("version", 0);
        GOVERNANCE.send(UUID.randomUUID().toString(), "helix.governance.OrganisationRegistered",
                "Organisation/" + bare, bare.toString(), registered.bytes());
        await().atMost(PATIENCE).until(() -> as("teacher").get(API + "/organisations/" + bare).statusCode() == 200);

        UUID skill = skill("Manufacturing");
        as("secretariat").body(Map.of("name", unique("Described"), "category", "KNOWLEDGE", "sector", "Manufacturing",
                "description", "Reading drawings")).post(API + "/skills").then().statusCode(201);
        UUID teacher = riversideTeacher(subjectOf("teacher"));
        UUID[] world = riversideSection(teacher, "2029-AUTUMN", 5);
        UUID course = world[0];
        UUID section = world[2];
        evaluationPublished(teacher, UUID.randomUUID(), RIVERSIDE_COLLEGE, 6, "4.50");
        String programme = as("student").get(API + "/courses/" + course).then().extract().path("programmeId");
        String enrolment = as("student").post(API + "/sections/" + section + "/enrolments").then().statusCode(201)
                .extract().path("id");
        String revision = as("school-admin").body(Map.of("change", "RETIRE", "courseId", course, "subject",
                "Retire it")).post(API + "/revisions").then().statusCode(201).extract().path("id");
        as("association-rep").body(Map.of("text", "Agreed")).post(API + "/revisions/" + revision + "/comments").then()
                .statusCode(201);
        String signal = as("enterprise-rep").body(Map.of("skillId", skill, "headcount", 25, "horizonMonths", 12,
                "schoolId", RIVERSIDE_COLLEGE, "source", "survey")).post(API + "/demand-signals").then()
                .statusCode(201).extract().path("id");
        String base = as("enterprise-rep").body(Map.of("enterpriseId", NOVA_MANUFACTURING, "name", unique("Base"),
                "capacity", 3, "trains", "Assembly", "skillIds", List.of(skill))).post(API + "/training-bases")
                .then().statusCode(201).extract().path("id");
        LocalDate start = LocalDate.now();
        String internship = as("school-admin").body(Map.of("baseId", base, "schoolId", RIVERSIDE_COLLEGE,
                "studentSubject", subjectOf("student"), "supervisor", "Wang Jun", "plannedHours", 200,
                "startDate", start.toString(), "endDate", start.plusWeeks(6).toString())).post(API + "/internships")
                .then().statusCode(201).extract().path("id");
        String plan = as("student").get(API + "/career-plans").then().extract().path("items[0].id");
        if (plan == null) {
            plan = as("student").body(Map.of("goals", "CNC programmer", "targetOccupations", List.of("CNC programmer")))
                    .post(API + "/career-plans").then().statusCode(201).extract().path("id");
        }
        as("teacher").body(Map.of("studentSubject", subjectOf("student"), "heldOn", start.toString(), "topic",
                "Internship")).post(API + "/guidance-sessions").then().statusCode(201);
        as("school-admin").body(Map.of("programmeId", programme, "graduationYear", 2025, "studentSubject",
                unique("graduate"), "outcome", "EMPLOYED", "employerName", "Nova")).post(API + "/outcomes").then()
                .statusCode(201);

        RequestSpecification admin = RestAssured.given().auth().oauth2(Tokens.user("admin"));
        api.get(user("teacher"), API + "/organisations/{id}", bare);
        api.get(user("teacher"), API + "/organisations/{id}", NOVA_MANUFACTURING);
        api.get(user("student").queryParam("size", 100), API + "/skills");
        api.get(user("student"), API + "/skills/{id}", skill);
        api.get(user("student").queryParam("size", 100), API + "/programmes");
        api.get(user("student"), API + "/programmes/{id}", programme);
        api.get(user("student").queryParam("size", 100), API + "/courses");
        api.get(user("student"), API + "/courses/{id}", course);
        api.get(user("student"), API + "/courses/{id}/versions", course);
        api.get(user("student"), API + "/courses/{id}/versions/{number}", course, 1);
        api.get(user("student").queryParam("school", RIVERSIDE_COLLEGE), API + "/teachers");
        api.get(user("student"), API + "/teachers/{id}", teacher);
        api.get(user("student").queryParam("size", 100), API + "/offerings");
        api.get(user("student"), API + "/offerings/{id}", world[1]);
        api.get(user("student").queryParam("size", 100), API + "/sections");
        api.get(user("student"), API + "/sections/{id}", section);
        api.get(user("student"), API + "/enrolments");
        api.get(user("student"), API + "/enrolments/{id}", enrolment);
        api.get(user("student").queryParam("size", 100), API + "/revisions");
        api.get(user("student"), API + "/revisions/{id}", revision);
        api.get(user("student"), API + "/revisions/{id}/comments", revision);
        api.get(user("student").queryParam("size", 100), API + "/demand-signals");
        api.get(user("student"), API + "/demand-signals/{id}", signal);
        api.get(user("student"), API + "/schools/{schoolId}/skill-gaps", RIVERSIDE_COLLEGE);
        api.get(user("student"), API + "/training-bases");
        api.get(user("student"), API + "/training-bases/{id}", base);
        api.get(user("student"), API + "/internships");
        api.get(user("student"), API + "/internships/{id}", internship);
        api.get(user("student"), API + "/career-plans");
        api.get(user("student"), API + "/career-plans/{id}", plan);
        api.get(user("teacher"), API + "/guidance-sessions");
        api.get(user("school-admin"), API + "/outcomes");
        api.get(user("student"), API + "/employment-rates");
        String chain = api.get(admin.queryParam("size", 100), API + "/audit").jsonPath()
                .getString("items[0].correlationId");
        api.get(as("admin"), API + "/admin/correlations/{correlationId}", chain == null ? "none" : chain);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> as("student")
                .get(API + "/sections/" + section).then().extract().path("rating") != null);
        api.get(user("student"), API + "/sections/{id}", section);
        api.assertEveryGetOperationChecked(API);
    }

    private static RequestSpecification user(String name) {
        return RestAssured.given().auth().oauth2(Tokens.user(name));
    }
}
