package org.helix.incubation.openapi;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.OpenApiConformance;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.helix.incubation.IncubationFixtures.API;
import static org.helix.incubation.IncubationFixtures.ASSOCIATION;
import static org.helix.incubation.IncubationFixtures.NOVA_MANUFACTURING;
import static org.helix.incubation.IncubationFixtures.PATIENCE;
import static org.helix.incubation.IncubationFixtures.RIVERSIDE_COLLEGE;
import static org.helix.incubation.IncubationFixtures.as;
import static org.helix.incubation.IncubationFixtures.assignMentor;
import static org.helix.incubation.IncubationFixtures.awardGranted;
import static org.helix.incubation.IncubationFixtures.incubating;
import static org.helix.incubation.IncubationFixtures.screeningWithPanel;
import static org.helix.incubation.IncubationFixtures.subjectOf;
import static org.helix.incubation.IncubationFixtures.submission;
import static org.helix.incubation.IncubationFixtures.talentProfile;
import static org.helix.incubation.IncubationFixtures.tranche;
import static org.helix.incubation.IncubationFixtures.unique;

/**
 * Every GET operation of the document this service serves answers, with real content, what the document says: data
 * built through the API and the consumed events (optional fields set and left out), every documented GET path read
 * and validated. A GET path the test does not exercise fails it.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "incubation"))
class OpenApiConformanceTest {

    @Test
    void everyGetOperationAnswersWhatTheDocumentSays() {
        OpenApiConformance api = OpenApiConformance.load("/q/openapi?format=json");
        UUID project = incubating();
        UUID reviewed = screeningWithPanel("expert", "teacher");
        as("expert").body(Map.of("innovation", 4, "feasibility", 3, "market", 4, "team", 5))
                .post(API + "/projects/" + reviewed + "/reviews").then().statusCode(201);
        as("teacher").body(Map.of("innovation", 2, "feasibility", 3, "market", 4, "team", 3, "comment", "Thin market"))
                .post(API + "/projects/" + reviewed + "/reviews").then().statusCode(201);
        Map<String, Object> bare = submission(RIVERSIDE_COLLEGE, null);
        bare.remove("needs");
        bare.remove("members");
        as("student").body(bare).post(API + "/projects").then().statusCode(201);

        UUID mentor = talentProfile("EXPERT", NOVA_MANUFACTURING, subjectOf("expert"), true);
        String mentorship = assignMentor(project, mentor).toString();
        assignMentor(project, talentProfile("TEACHER", RIVERSIDE_COLLEGE, null, false));
        as("school-admin").post(API + "/projects/" + project + "/mentors/" + mentorship + "/release").then()
                .statusCode(200);
        UUID verifier = talentProfile("EXPERT", NOVA_MANUFACTURING, subjectOf("expert"), true);
        assignMentor(project, verifier);
        awardGranted(project, "1000.00", List.of(tranche(1, "1000.00", "Pilot", LocalDate.now().plusDays(20))));
        await().atMost(PATIENCE).until(() -> as("student").get(API + "/projects/" + project + "/milestones").then()
                .extract().jsonPath().getList("$").size() == 1);
        String linked = as("student").get(API + "/projects/" + project + "/milestones").then().extract()
                .path("[0].id");
        as("student").body(Map.of("evidence", "Pilot report", "version", 0)).post(API + "/projects/" + project
                + "/milestones/" + linked + "/evidence").then().statusCode(200);
        as("expert").post(API + "/projects/" + project + "/milestones/" + linked + "/verification").then()
                .statusCode(200);
        String planned = as("student").body(Map.of("title", "Website live", "dueDate",
                LocalDate.now().minusDays(1).toString())).post(API + "/projects/" + project + "/milestones").then()
                .statusCode(201).extract().path("id");

        String space = as("secretariat").body(Map.of("name", unique("Office"), "kind", "OFFICE", "capacity", 2))
                .post(API + "/park/spaces").then().statusCode(201).extract().path("id");
        String allocation = as("secretariat").body(Map.of("projectId", project)).post(API + "/park/spaces/" + space
                + "/allocations").then().statusCode(201).extract().path("id");
        as("secretariat").post(API + "/park/allocations/" + allocation + "/release").then().statusCode(200);
        as("secretariat").body(Map.of("projectId", project)).post(API + "/park/spaces/" + space + "/allocations")
                .then().statusCode(201);
        as("student").body(Map.of("revenue", "10.00", "currency", "CNY", "jobs", 1, "customers", 3))
                .put(API + "/projects/" + project + "/metrics/" + YearMonth.now()).then().statusCode(200);

        String open = as("student").body(Map.of("projectId", project, "kind", "TRAINING", "providerOrganisationId",
                ASSOCIATION, "description", "Sales training")).post(API + "/service-requests").then().statusCode(201)
                .extract().path("id");
        String done = as("student").body(Map.of("projectId", project, "kind", "PROJECT_DOCKING",
                "providerOrganisationId", ASSOCIATION, "description", "Meet distributors")).post(API
                + "/service-requests").then().statusCode(201).extract().path("id");
        as("association-rep").body(Map.of("version", 0)).post(API + "/service-requests/" + done + "/accept").then()
                .statusCode(200);
        as("association-rep").body(Map.of("outcome", "Two distributors met", "version", 1))
                .post(API + "/service-requests/" + done + "/complete").then().statusCode(200);

        String withSpeaker = as("secretariat").body(Map.of("title", unique("Lecture"), "kind", "LECTURE",
                "speakerProfileId", mentor, "description", "From the shop floor to a start-up",
                "startsAt", Instant.now().plus(Duration.ofDays(5)).toString(), "capacity", 40))
                .post(API + "/training-events").then().statusCode(201).extract().path("id");
        String plain = as("secretariat").body(Map.of("title", unique("Workshop"), "kind", "WORKSHOP",
                "startsAt", Instant.now().plus(Duration.ofDays(6)).toString(), "capacity", 10))
                .post(API + "/training-events").then().statusCode(201).extract().path("id");

        api.get(user("teacher"), API + "/organisations/{id}", RIVERSIDE_COLLEGE);
        api.get(user("secretariat").queryParam("size", 100), API + "/projects");
        api.get(user("student"), API + "/projects/{id}", project);
        api.get(user("student"), API + "/projects/{id}/reviews", reviewed);
        api.get(user("student"), API + "/projects/{id}/reviews", project);
        api.get(user("student"), API + "/projects/{projectId}/mentors", project);
        api.get(user("student"), API + "/projects/{projectId}/milestones", project);
        api.get(user("student"), API + "/projects/{projectId}/milestones/{id}", project, linked);
        api.get(user("student"), API + "/projects/{projectId}/milestones/{id}", project, planned);
        api.get(user("student").queryParam("size", 100), API + "/milestones/overdue");
        api.get(user("student"), API + "/projects/{projectId}/funding", project);
        api.get(user("student"), API + "/projects/{projectId}/allocations", project);
        api.get(user("student"), API + "/projects/{projectId}/metrics", project);
        api.get(user("association-rep").queryParam("size", 100), API + "/service-requests");
        api.get(user("association-rep").queryParam("size", 100), API + "/service-requests/overdue");
        api.get(user("association-rep"), API + "/service-requests/{id}", open);
        api.get(user("association-rep"), API + "/service-requests/{id}", done);
        api.get(user("student").queryParam("size", 100), API + "/park/spaces");
        api.get(user("student"), API + "/park/spaces/{id}", space);
        api.get(user("student").queryParam("size", 100), API + "/training-events");
        api.get(user("student"), API + "/training-events/{id}", withSpeaker);
        api.get(user("student"), API + "/training-events/{id}", plain);
        String registration = as("student").post(API + "/training-events/" + plain + "/registrations").then()
                .statusCode(201).extract().path("id");
        as("teacher").post(API + "/training-events/" + plain + "/registrations").then().statusCode(201);
        as("student").post(API + "/training-events/" + plain + "/registrations/" + registration + "/cancel").then()
                .statusCode(200);
        api.get(user("secretariat"), API + "/training-events/{id}/registrations", plain);
        api.get(user("student").queryParam("size", 100), API + "/training-registrations");
        api.get(user("student"), API + "/projects/{projectId}/panel", reviewed);
        api.get(user("admin").queryParam("size", 100), API + "/reports/impact");
        api.get(user("student"), API + "/reports/impact");
        String chain = api.get(user("admin").queryParam("size", 100), API + "/audit").jsonPath()
                .getString("items[0].correlationId");
        api.get(user("admin"), API + "/admin/correlations/{correlationId}", chain == null ? "none" : chain);
        api.assertEveryGetOperationChecked(API);
    }

    private static RequestSpecification user(String name) {
        return RestAssured.given().auth().oauth2(Tokens.user(name));
    }
}
