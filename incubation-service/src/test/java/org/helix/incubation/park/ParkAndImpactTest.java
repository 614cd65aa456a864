package org.helix.incubation.park;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.incubation.ParallelRequests;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.helix.incubation.IncubationFixtures.API;
import static org.helix.incubation.IncubationFixtures.NOVA_MANUFACTURING;
import static org.helix.incubation.IncubationFixtures.as;
import static org.helix.incubation.IncubationFixtures.assignMentor;
import static org.helix.incubation.IncubationFixtures.incubating;
import static org.helix.incubation.IncubationFixtures.incubationEvents;
import static org.helix.incubation.IncubationFixtures.screening;
import static org.helix.incubation.IncubationFixtures.talentProfile;
import static org.helix.incubation.IncubationFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pioneer park (never over-allocated however allocations race, only INCUBATING projects, released on
 * graduation with the mentors) and the monthly impact metrics.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "incubation"))
class ParkAndImpactTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aSpaceIsNeverOverAllocatedHoweverTheAllocationsRace() {
        String space = as("secretariat").body(Map.of("name", unique("Desk row"), "kind", "DESK", "capacity", 3))
                .post(API + "/park/spaces").then().statusCode(201).body("available", equalTo(3)).extract().path("id");
        List<UUID> projects = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            projects.add(incubating());
        }

        ParallelRequests parallel = new ParallelRequests(base);
        Map<Integer, List<HttpResponse<String>>> outcomes = parallel.allAtOnce(projects.stream().map(project ->
                parallel.post("api/incubation/park/spaces/" + space + "/allocations", "{\"projectId\":\"" + project
                        + "\"}", "secretariat")).toList());

        assertEquals(3, outcomes.getOrDefault(201, List.of()).size(), "allocated: " + outcomes.keySet());
        assertEquals(3, outcomes.getOrDefault(409, List.of()).size(), "refused: " + outcomes.keySet());
        outcomes.get(409).forEach(response -> assertEquals(true, response.body().contains("space-full"),
                response.body()));
        as("student").get(API + "/park/spaces/" + space).then().statusCode(200).body("allocated", equalTo(3))
                .body("available", equalTo(0));
        as("student").queryParam("available", true).queryParam("kind", "DESK").queryParam("size", 100)
                .get(API + "/park/spaces").then().statusCode(200);
    }

    @Test
    void onlyIncubatingProjectsGetSpacesAndGraduationReleasesThemWithTheMentors() {
        String space = as("secretariat").body(Map.of("name", unique("Workshop"), "kind", "WORKSHOP", "capacity", 1))
                .post(API + "/park/spaces").then().statusCode(201).extract().path("id");
        as("secretariat").body(Map.of("projectId", screening())).post(API + "/park/spaces/" + space
                + "/allocations").then().statusCode(422).body("errors[0].field", equalTo("projectId"));
        as("school-admin").body(Map.of("projectId", incubating())).post(API + "/park/spaces/" + space
                + "/allocations").then().statusCode(403);

        UUID project = incubating();
        assignMentor(project, talentProfile("EXPERT", NOVA_MANUFACTURING, null, true));
        as("secretariat").body(Map.of("projectId", project)).post(API + "/park/spaces/" + space + "/allocations")
                .then().statusCode(201).body("status", equalTo("ACTIVE"));
        as("school-admin").body(Map.of("reason", "Company founded; moved out to its own office"))
                .post(API + "/projects/" + project + "/graduate").then().statusCode(200)
                .body("status", equalTo("GRADUATED"));

        as("student").get(API + "/projects/" + project + "/allocations").then().statusCode(200)
                .body("[0].status", equalTo("RELEASED"));
        as("student").get(API + "/projects/" + project + "/mentors").then().statusCode(200)
                .body("[0].status", equalTo("RELEASED"));
        as("student").get(API + "/park/spaces/" + space).then().body("available", equalTo(1));
        incubationEvents(project.toString(), "ProjectGraduated", 1);
        incubationEvents(project.toString(), "MentorReleased", 1);
        // the school discontinues another: its space goes back too
        UUID other = incubating();
        as("secretariat").body(Map.of("projectId", other)).post(API + "/park/spaces/" + space + "/allocations")
                .then().statusCode(201);
        as("school-admin").body(Map.of("reason", "The team split up")).post(API + "/projects/" + other
                + "/discontinue").then().statusCode(200);
        as("student").get(API + "/park/spaces/" + space).then().body("available", equalTo(1));
        incubationEvents(other.toString(), "ProjectDiscontinued", 1);
    }

    @Test
    void theTeamRecordsMonthlyImpactWithTheVersionRead() {
        UUID project = incubating();
        String month = YearMonth.now().toString();
        as("student").body(Map.of("revenue", "1250.50", "currency", "CNY", "jobs", 3, "customers", 41))
                .put(API + "/projects/" + project + "/metrics/" + month).then().statusCode(200)
                .body("revenue", equalTo(1250.50f)).body("version", equalTo(0));
        as("student").body(Map.of("revenue", "1300.00", "currency", "CNY", "jobs", 3, "customers", 45))
                .put(API + "/projects/" + project + "/metrics/" + month).then().statusCode(422);
        as("student").body(Map.of("revenue", "1300.00", "currency", "CNY", "jobs", 3, "customers", 45, "version", 0))
                .put(API + "/projects/" + project + "/metrics/" + month).then().statusCode(200)
                .body("customers", equalTo(45)).body("version", equalTo(1));
        as("student").body(Map.of("revenue", "1.001", "currency", "CNY", "jobs", 3, "customers", 45))
                .put(API + "/projects/" + project + "/metrics/" + YearMonth.now().minusMonths(1)).then()
                .statusCode(400);
        as("student").body(Map.of("revenue", "1.00", "currency", "CNY", "jobs", 3, "customers", 45))
                .put(API + "/projects/" + project + "/metrics/" + YearMonth.now().plusMonths(1)).then()
                .statusCode(422);
        as("student").body(Map.of("revenue", "1.00", "currency", "CNY", "jobs", 3, "customers", 45))
                .put(API + "/projects/" + project + "/metrics/2026-13").then().statusCode(400);
        as("school-admin").get(API + "/projects/" + project + "/metrics").then().statusCode(200)
                .body("[0].month", equalTo(month));
    }
}
