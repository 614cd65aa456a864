package org.helix.incubation.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.helix.incubation.IncubationFixtures.API;
import static org.helix.incubation.IncubationFixtures.LAKESIDE_POLYTECHNIC;
import static org.helix.incubation.IncubationFixtures.RIVERSIDE_COLLEGE;
import static org.helix.incubation.IncubationFixtures.as;
import static org.helix.incubation.IncubationFixtures.demoOrganisations;
import static org.helix.incubation.IncubationFixtures.incubationEvents;
import static org.helix.incubation.IncubationFixtures.reviewerProfile;
import static org.helix.incubation.IncubationFixtures.screening;
import static org.helix.incubation.IncubationFixtures.screeningWithPanel;
import static org.helix.incubation.IncubationFixtures.seatOnPanel;
import static org.helix.incubation.IncubationFixtures.subjectOf;
import static org.helix.incubation.IncubationFixtures.submission;
import static org.helix.incubation.IncubationFixtures.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Projects from submission through screening: rubric reviews by an expert and a teacher of its screening panel,
 * admission by the rule
 * (at least 2 reviews, mean at least 3.0) or by an admin's override with a reason, declining; the lifecycle events
 * read back from Kafka and checked against their schemas.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "incubation"))
class ScreeningTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aProjectReviewedAtTheThresholdIsAdmittedAndAnnounced() throws Exception {
        UUID project = submitted();
        seatOnPanel(project, reviewerProfile("expert"));
        seatOnPanel(project, reviewerProfile("teacher"));
        String student = subjectOf("student");
        as("student").get(API + "/projects/" + project).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("teamLeadSubject", equalTo(student))
                .body("schoolId", equalTo(RIVERSIDE_COLLEGE.toString()));
        // the screening panel does not see a project before its screening starts
        as("expert").body(scores(3, 3, 3, 3)).post(API + "/projects/" + project + "/reviews").then().statusCode(404);
        as("school-admin").post(API + "/projects/" + project + "/screening").then().statusCode(200)
                .body("status", equalTo("SCREENING"));

        as("expert").body(scores(3, 3, 3, 2)).post(API + "/projects/" + project + "/reviews").then().statusCode(201)
                .body("score", equalTo(2.75f));
        // one review is not enough, whatever it says
        as("secretariat").post(API + "/projects/" + project + "/admission").then().statusCode(422)
                .body("errors[0].field", equalTo("reviews")).body("detail", containsString("at least 2"));
        as("expert").body(scores(5, 5, 5, 5)).post(API + "/projects/" + project + "/reviews").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:already-reviewed"));
        as("teacher").body(scores(3, 3, 3, 4)).post(API + "/projects/" + project + "/reviews").then().statusCode(201);
        // (11 + 13) / 8 = 3.0: exactly the threshold
        as("student").get(API + "/projects/" + project + "/reviews").then().statusCode(200)
                .body("reviews", equalTo(2)).body("meanScore", equalTo(3.0f)).body("meetsAdmissionRule", equalTo(true));
        as("school-admin").post(API + "/projects/" + project + "/admission").then().statusCode(403);
        as("secretariat").post(API + "/projects/" + project + "/admission").then().statusCode(200)
                .body("status", equalTo("INCUBATING")).body("admittedAt", not(equalTo(null)));
        as("secretariat").post(API + "/projects/" + project + "/admission").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:illegal-transition"));

        incubationEvents(project.toString(), "ProjectSubmitted", 1);
        ConsumerRecord<String, String> admitted = incubationEvents(project.toString(), "ProjectAdmitted", 1).get(0);
        JsonNode data = JSON.readTree(admitted.value());
        assertEquals("INCUBATING", data.get("status").asText());
        assertEquals(student, data.get("teamLeadSubject").asText());
        assertEquals(true, data.get("overrideReason").isNull());
    }

    @Test
    void belowTheThresholdOnlyAnAdminsOverrideWithAReasonAdmits() throws Exception {
        UUID project = screeningWithPanel("expert", "teacher");
        as("expert").body(scores(3, 3, 3, 3)).post(API + "/projects/" + project + "/reviews").then().statusCode(201);
        // (12 + 11) / 8 = 2.875: just below 3.0
        as("teacher").body(scores(3, 3, 3, 2)).post(API + "/projects/" + project + "/reviews").then().statusCode(201);
        as("secretariat").post(API + "/projects/" + project + "/admission").then().statusCode(422)
                .body("detail", containsString("below the threshold 3.0"));
        as("secretariat").body(Map.of("overrideReason", "strong team")).post(API + "/projects/" + project
                + "/admission").then().statusCode(403);
        as("admin").body(Map.of("overrideReason", "")).post(API + "/projects/" + project + "/admission").then()
                .statusCode(400);
        as("admin").body(Map.of("overrideReason", "A strong team; the market review undervalued export demand"))
                .post(API + "/projects/" + project + "/admission").then().statusCode(200)
                .body("status", equalTo("INCUBATING"))
                .body("overrideReason", equalTo("A strong team; the market review undervalued export demand"));
        JsonNode data = JSON.readTree(incubationEvents(project.toString(), "ProjectAdmitted", 1).get(0).value());
        assertEquals("A strong team; the market review undervalued export demand", data.get("overrideReason").asText());
    }

    @Test
    void aDeclinedProjectIsAnnouncedWithItsReasonAndStaysDeclined() throws Exception {
        UUID project = screening();
        as("school-admin").body(Map.of("reason", "Not feasible with the team's current skills"))
                .post(API + "/projects/" + project + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        as("school-admin").post(API + "/projects/" + project + "/screening").then().statusCode(409);
        JsonNode data = JSON.readTree(incubationEvents(project.toString(), "ProjectDeclined", 1).get(0).value());
        assertEquals("Not feasible with the team's current skills", data.get("reason").asText());
    }

    @Test
    void aStudentSubmitsOnlyForTheirOwnSchoolAndTheTeamLeadChangesItWithTheVersionRead() {
        demoOrganisations();
        as("student").body(submission(LAKESIDE_POLYTECHNIC, null)).post(API + "/projects").then().statusCode(422)
                .body("errors[0].field", equalTo("schoolId"));
        as("school-admin").body(submission(RIVERSIDE_COLLEGE, null)).post(API + "/projects").then().statusCode(422)
                .body("errors[0].field", equalTo("teamLeadSubject"));
        as("enterprise-rep").body(submission(RIVERSIDE_COLLEGE, "someone")).post(API + "/projects").then()
                .statusCode(403);

        // a retried submission with the same Idempotency-Key is the first one again, not a second project
        Map<String, Object> retried = submission(RIVERSIDE_COLLEGE, null);
        String key = "screening-test-" + UUID.randomUUID();
        String first = as("student").header("Idempotency-Key", key).body(retried).post(API + "/projects").then()
                .statusCode(201).extract().path("id");
        as("student").header("Idempotency-Key", key).body(retried).post(API + "/projects").then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
        as("student").queryParam("sector", "Agritech").queryParam("size", 100).get(API + "/projects").then()
                .body("items.findAll { it.title == '" + retried.get("title") + "' }.size()", equalTo(1));

        UUID project = submitted();
        Map<String, Object> change = submission(RIVERSIDE_COLLEGE, null);
        change.put("title", "Smart irrigation kit v2");
        change.put("version", 5);
        as("student").body(change).post(API + "/projects/" + project).then().statusCode(405);
        as("student").body(change).put(API + "/projects/" + project).then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:stale-version"));
        change.put("version", 0);
        as("student").header("If-Match", "\"7\"").body(change).put(API + "/projects/" + project).then()
                .statusCode(409);
        as("student").header("If-Match", "\"0\"").body(change).put(API + "/projects/" + project).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("title", equalTo("Smart irrigation kit v2"));
        as("student").queryParam("member", subjectOf("student")).queryParam("size", 100).get(API + "/projects")
                .then().statusCode(200).body("items.id", hasItem(project.toString()));
        as("secretariat").get(API + "/audit?resourceType=Project&resourceId=" + project).then().statusCode(200)
                .body("items.action", equalTo(List.of("update", "submit")));
    }

    private static Map<String, Object> scores(int innovation, int feasibility, int market, int team) {
        return Map.of("innovation", innovation, "feasibility", feasibility, "market", market, "team", team,
                "comment", "Reviewed against the rubric");
    }
}
