package org.helix.curriculum.guidance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.helix.curriculum.CurriculumFixtures.API;
import static org.helix.curriculum.CurriculumFixtures.NOVA_MANUFACTURING;
import static org.helix.curriculum.CurriculumFixtures.RIVERSIDE_COLLEGE;
import static org.helix.curriculum.CurriculumFixtures.as;
import static org.helix.curriculum.CurriculumFixtures.curriculumEvents;
import static org.helix.curriculum.CurriculumFixtures.demoOrganisations;
import static org.helix.curriculum.CurriculumFixtures.programme;
import static org.helix.curriculum.CurriculumFixtures.subjectOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Career plans, guidance sessions, outcomes and the employment rate per school, programme and year. */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "curriculum"))
class GuidanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void theEmploymentRateCountsEmployedAndSelfEmployedGraduates() throws Exception {
        UUID programme = programme(RIVERSIDE_COLLEGE, "school-admin");
        String first = outcome(programme, "g1", "EMPLOYED", NOVA_MANUFACTURING, 201);
        outcome(programme, "g2", "SELF_EMPLOYED", null, 201);
        outcome(programme, "g3", "FURTHER_STUDY", null, 201);
        outcome(programme, "g4", "SEEKING", null, 201);
        outcome(programme, "g5", "EMPLOYED", NOVA_MANUFACTURING, 201);
        outcome(programme, "g6", "SEEKING", null, 201);
        outcome(programme, "g1", "SEEKING", null, 409);
        outcome(programme, "g7", "EMPLOYED", null, 422);
        outcome(programme, "g8", "SEEKING", NOVA_MANUFACTURING, 422);
        as("school-admin-2").body(body(programme, "g9", "SEEKING", null)).post(API + "/outcomes").then()
                .statusCode(403);

        as("student").queryParam("programme", programme).get(API + "/employment-rates").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].graduates", equalTo(6))
                .body("items[0].employed", equalTo(2)).body("items[0].selfEmployed", equalTo(1))
                .body("items[0].furtherStudy", equalTo(1)).body("items[0].seeking", equalTo(2))
                .body("items[0].employmentRate", equalTo(50.0f)).body("items[0].graduationYear", equalTo(2026));
        as("student").queryParam("programme", programme).get(API + "/outcomes").then().body("total", equalTo(0));
        as("school-admin").queryParam("programme", programme).get(API + "/outcomes").then().body("total", equalTo(6));

        JsonNode event = JSON.readTree(curriculumEvents("g1-" + programme, "EmploymentRecorded", 1).get(0).value());
        assertEquals(first, event.path("outcomeId").asText());
        assertEquals("EMPLOYED", event.path("outcome").asText());
        assertEquals(NOVA_MANUFACTURING.toString(), event.path("employerOrganisationId").asText());
    }

    @Test
    void theRateIsRoundedHalfUpToOneDecimal() {
        assertEquals(new BigDecimal("66.7"), Guidance.rate(2, 3));
        assertEquals(new BigDecimal("33.3"), Guidance.rate(1, 3));
        assertEquals(new BigDecimal("12.5"), Guidance.rate(1, 8));
        assertEquals(new BigDecimal("0.0"), Guidance.rate(0, 0));
        assertEquals(new BigDecimal("100.0"), Guidance.rate(4, 4));
    }

    @Test
    void aStudentsPlanAndSessionsArePrivateToThemAndTheirSchool() {
        String student = subjectOf("student");
        String plan = as("student").get(API + "/career-plans").then().extract().path("items[0].id");
        if (plan == null) {
            plan = as("student").body(Map.of("goals", "CNC programmer within two years", "targetOccupations",
                    List.of("CNC programmer", "Quality inspector"))).post(API + "/career-plans").then()
                    .statusCode(201).extract().path("id");
        }
        as("student").body(Map.of("goals", "again", "targetOccupations", List.of("x"))).post(API + "/career-plans")
                .then().statusCode(409);
        as("teacher").get(API + "/career-plans/" + plan).then().statusCode(200);
        as("school-admin").get(API + "/career-plans/" + plan).then().statusCode(200);
        as("school-admin-2").get(API + "/career-plans/" + plan).then().statusCode(404);
        as("enterprise-rep").get(API + "/career-plans").then().body("items.id", not(hasItem(plan)));
        long version = ((Number) as("student").get(API + "/career-plans/" + plan).then().extract().path("version"))
                .longValue();
        as("teacher").body(Map.of("goals", "x", "targetOccupations", List.of("y"), "version", version))
                .put(API + "/career-plans/" + plan).then().statusCode(403);
        as("student").body(Map.of("goals", "CNC programmer, then process engineer", "targetOccupations",
                List.of("CNC programmer"), "version", version)).put(API + "/career-plans/" + plan).then()
                .statusCode(200);
        as("student").body(Map.of("goals", "x", "targetOccupations", List.of("y"), "version", version))
                .put(API + "/career-plans/" + plan).then().statusCode(409);

        String session = as("teacher").body(Map.of("studentSubject", student, "heldOn", "2026-11-20", "topic",
                "Internship choice", "notes", "Prefers Nova's CNC line")).post(API + "/guidance-sessions").then()
                .statusCode(201).body("counsellor", equalTo(subjectOf("teacher"))).extract().path("id");
        as("student").body(Map.of("studentSubject", student, "heldOn", "2026-11-20", "topic", "x"))
                .post(API + "/guidance-sessions").then().statusCode(403);
        as("student").get(API + "/guidance-sessions").then().body("items.id", hasItem(session));
        as("school-admin-2").get(API + "/guidance-sessions").then().body("items.id", not(hasItem(session)));
    }

    private static String outcome(UUID programme, String student, String outcome, UUID employer, int status) {
        String subject = student + "-" + programme;
        return as("school-admin").body(body(programme, subject, outcome, employer)).post(API + "/outcomes").then()
                .statusCode(status).extract().path("id");
    }

    private static Map<String, Object> body(UUID programme, String student, String outcome, UUID employer) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programme, "graduationYear", 2026,
                "studentSubject", student, "outcome", outcome));
        if (employer != null) {
            body.put("employerOrganisationId", employer);
        }
        return body;
    }
}
