package org.helix.curriculum.internship;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.helix.curriculum.CurriculumFixtures.API;
import static org.helix.curriculum.CurriculumFixtures.LAKESIDE_POLYTECHNIC;
import static org.helix.curriculum.CurriculumFixtures.NOVA_MANUFACTURING;
import static org.helix.curriculum.CurriculumFixtures.RIVERSIDE_COLLEGE;
import static org.helix.curriculum.CurriculumFixtures.as;
import static org.helix.curriculum.CurriculumFixtures.demoOrganisations;
import static org.helix.curriculum.CurriculumFixtures.subjectOf;
import static org.helix.curriculum.CurriculumFixtures.unique;

/** Training bases at enterprises and internships PLANNED → ONGOING → COMPLETED | ABANDONED, never over a base's places. */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "curriculum"))
class InternshipTest {

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void anInternshipAtABaseIsPlannedStartedAndEvaluatedByTheHost() {
        as("school-admin").body(base(1)).post(API + "/training-bases").then().statusCode(403);
        String base = as("enterprise-rep").body(base(1)).post(API + "/training-bases").then().statusCode(201)
                .body("placesTaken", equalTo(0)).extract().path("id");
        String student = subjectOf("student");
        String internship = as("school-admin").body(plan(base, student)).post(API + "/internships").then()
                .statusCode(201).body("status", equalTo("PLANNED"))
                .body("hostEnterpriseId", equalTo(NOVA_MANUFACTURING.toString())).extract().path("id");
        as("school-admin").body(plan(base, "another-student")).post(API + "/internships").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:base-full"));
        as("enterprise-rep").body(withVersion(base(0), 0)).put(API + "/training-bases/" + base).then()
                .statusCode(400);
        as("enterprise-rep").body(withVersion(base(2), 0)).put(API + "/training-bases/" + base).then()
                .statusCode(200).body("capacity", equalTo(2)).body("placesTaken", equalTo(1));

        as("student").get(API + "/internships/" + internship).then().statusCode(200);
        as("enterprise-rep").get(API + "/internships/" + internship).then().statusCode(200);
        as("school-admin-2").get(API + "/internships/" + internship).then().statusCode(404);
        as("school-admin-2").get(API + "/internships").then().body("items.id", not(hasItem(internship)));
        as("student").post(API + "/internships/" + internship + "/start").then().statusCode(403);
        as("school-admin").post(API + "/internships/" + internship + "/complete")
                .then().statusCode(400);
        as("enterprise-rep").body(Map.of("hoursCompleted", 300, "evaluationScore", 88, "evaluation", "Reliable"))
                .post(API + "/internships/" + internship + "/complete").then().statusCode(409);
        as("enterprise-rep").post(API + "/internships/" + internship + "/start").then().statusCode(200)
                .body("status", equalTo("ONGOING"));
        as("school-admin").body(Map.of("hoursCompleted", 300, "evaluationScore", 88, "evaluation", "Reliable"))
                .post(API + "/internships/" + internship + "/complete").then().statusCode(403);
        as("enterprise-rep").body(Map.of("hoursCompleted", 300, "evaluationScore", 101, "evaluation", "x"))
                .post(API + "/internships/" + internship + "/complete").then().statusCode(400);
        as("enterprise-rep").body(Map.of("hoursCompleted", 300, "evaluationScore", 88, "evaluation", "Reliable"))
                .post(API + "/internships/" + internship + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("evaluationScore", equalTo(88));
        as("school-admin").body(Map.of("reason", "x")).post(API + "/internships/" + internship + "/abandon").then()
                .statusCode(409);
        as("student").get(API + "/training-bases/" + base).then().body("placesTaken", equalTo(0));
    }

    @Test
    void anInternshipWithoutABaseNamesAnEnterpriseHost() {
        Map<String, Object> plan = plan(null, "direct-student");
        plan.remove("baseId");
        as("school-admin").body(plan).post(API + "/internships").then().statusCode(422)
                .body("errors[0].field", equalTo("hostEnterpriseId"));
        plan.put("hostEnterpriseId", LAKESIDE_POLYTECHNIC);
        as("school-admin").body(plan).post(API + "/internships").then().statusCode(422);
        plan.put("hostEnterpriseId", NOVA_MANUFACTURING);
        plan.put("schoolId", LAKESIDE_POLYTECHNIC);
        as("school-admin").body(plan).post(API + "/internships").then().statusCode(403);
        plan.put("schoolId", RIVERSIDE_COLLEGE);
        String id = as("school-admin").body(plan).post(API + "/internships").then().statusCode(201).extract()
                .path("id");
        as("school-admin").post(API + "/internships/" + id + "/start").then().statusCode(200);
        as("school-admin").body(Map.of("reason", "Moved away")).post(API + "/internships/" + id + "/abandon").then()
                .statusCode(200).body("status", equalTo("ABANDONED")).body("endReason", equalTo("Moved away"));
    }

    private static Map<String, Object> base(int capacity) {
        return new HashMap<>(Map.of("enterpriseId", NOVA_MANUFACTURING, "schoolId", RIVERSIDE_COLLEGE,
                "name", unique("CNC training base"), "capacity", capacity, "trains", "Five-axis machining",
                "skillIds", List.of()));
    }

    private static Map<String, Object> plan(String base, String student) {
        LocalDate start = LocalDate.now().plusDays(10);
        Map<String, Object> plan = new HashMap<>(Map.of("schoolId", RIVERSIDE_COLLEGE, "studentSubject", student,
                "supervisor", "Wang Jun", "plannedHours", 320, "startDate", start.toString(),
                "endDate", start.plusWeeks(8).toString()));
        if (base != null) {
            plan.put("baseId", base);
        }
        return plan;
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
        body.put("version", version);
        return body;
    }
}
