package org.helix.incubation.mentor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.helix.incubation.IncubationFixtures.API;
import static org.helix.incubation.IncubationFixtures.LAKESIDE_POLYTECHNIC;
import static org.helix.incubation.IncubationFixtures.NOVA_MANUFACTURING;
import static org.helix.incubation.IncubationFixtures.PATIENCE;
import static org.helix.incubation.IncubationFixtures.RIVERSIDE_COLLEGE;
import static org.helix.incubation.IncubationFixtures.appointmentActivated;
import static org.helix.incubation.IncubationFixtures.appointmentTerminated;
import static org.helix.incubation.IncubationFixtures.as;
import static org.helix.incubation.IncubationFixtures.assignMentor;
import static org.helix.incubation.IncubationFixtures.incubating;
import static org.helix.incubation.IncubationFixtures.incubationEvents;
import static org.helix.incubation.IncubationFixtures.screening;
import static org.helix.incubation.IncubationFixtures.subjectOf;
import static org.helix.incubation.IncubationFixtures.talentProfile;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Mentors from the talent pool, as talent's events (built from its schema files, on this module's own test topic)
 * make them eligible: an expert with an ACTIVE part-time teaching appointment and a teacher of the project's school;
 * an expert whose appointment ended or a teacher of another school is refused (422); five active mentees at most,
 * however the assignments race.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "incubation"))
class MentorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void anExpertWithAnActiveAppointmentMentorsUntilItEnds() throws Exception {
        UUID project = incubating();
        UUID expert = talentProfile("EXPERT", NOVA_MANUFACTURING, subjectOf("expert"), false);
        UUID appointment = appointmentActivated(expert, NOVA_MANUFACTURING);
        UUID mentorship = assignMentor(project, expert);

        as("school-admin").get(API + "/projects/" + project + "/mentors").then().statusCode(200)
                .body("[0].id", equalTo(mentorship.toString())).body("[0].status", equalTo("ACTIVE"))
                .body("[0].mentorSubject", equalTo(subjectOf("expert")));
        // the mentor now sees the project (and its list holds it)
        as("expert").get(API + "/projects/" + project).then().statusCode(200);
        as("expert").queryParam("size", 100).get(API + "/projects").then().statusCode(200)
                .body("items.id", hasItem(project.toString()));
        as("school-admin").body(Map.of("profileId", expert)).post(API + "/projects/" + project + "/mentors").then()
                .statusCode(409).body("type", equalTo("urn:helix:problem:already-assigned"));
        JsonNode assigned = JSON.readTree(incubationEvents(project.toString(), "MentorAssigned", 1).get(0).value());
        assertEquals(expert.toString(), assigned.get("profileId").asText());

        appointmentTerminated(appointment, expert, NOVA_MANUFACTURING);
        UUID another = incubating();
        await().atMost(PATIENCE).untilAsserted(() -> as("school-admin").body(Map.of("profileId", expert))
                .post(API + "/projects/" + another + "/mentors").then().statusCode(422)
                .body("errors[0].field", equalTo("profileId"))
                .body("detail", containsString("no ACTIVE part-time teaching appointment")));

        as("school-admin").post(API + "/projects/" + project + "/mentors/" + mentorship + "/release").then()
                .statusCode(200).body("status", equalTo("RELEASED"));
        as("school-admin").post(API + "/projects/" + project + "/mentors/" + mentorship + "/release").then()
                .statusCode(409);
        incubationEvents(project.toString(), "MentorReleased", 1);
        as("expert").get(API + "/projects/" + project).then().statusCode(404);
    }

    @Test
    void teachersMentorProjectsOfTheirOwnSchoolOnly() {
        UUID project = incubating();
        UUID ownTeacher = talentProfile("TEACHER", RIVERSIDE_COLLEGE, null, false);
        UUID otherTeacher = talentProfile("TEACHER", LAKESIDE_POLYTECHNIC, null, false);
        assignMentor(project, ownTeacher);
        await().atMost(PATIENCE).untilAsserted(() -> as("school-admin").body(Map.of("profileId", otherTeacher))
                .post(API + "/projects/" + project + "/mentors").then().statusCode(422)
                .body("detail", containsString("their own school")));
        // a project still under screening gets no mentor
        UUID underScreening = screening();
        as("school-admin").body(Map.of("profileId", ownTeacher)).post(API + "/projects/" + underScreening
                + "/mentors").then().statusCode(409);
        as("school-admin-2").body(Map.of("profileId", ownTeacher)).post(API + "/projects/" + project
                + "/mentors").then().statusCode(404);
    }

    @Test
    void aMentorNeverHasMoreThanFiveActiveMenteesHoweverTheAssignmentsRace() throws Exception {
        UUID teacher = talentProfile("TEACHER", RIVERSIDE_COLLEGE, null, false);
        UUID first = incubating();
        assignMentor(first, teacher);
        List<UUID> projects = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            projects.add(incubating());
        }

        Map<Integer, List<HttpResponse<String>>> outcomes = assignAllAtOnce(projects, teacher);

        // one place was taken before the race: four of the seven fit
        assertEquals(4, outcomes.getOrDefault(201, List.of()).size(), "assigned: " + outcomes.keySet());
        assertEquals(3, outcomes.getOrDefault(409, List.of()).size(), "refused: " + outcomes.keySet());
        outcomes.get(409).forEach(response -> assertEquals(true, response.body().contains("mentor-at-capacity")
                && response.body().contains("at most 5"), response.body()));

        // once one is released a place is free again, and only one
        String released = as("school-admin").get(API + "/projects/" + first + "/mentors").then().extract()
                .path("[0].id");
        as("school-admin").post(API + "/projects/" + first + "/mentors/" + released + "/release").then()
                .statusCode(200);
        List<UUID> refused = projects.stream().filter(p -> as("school-admin").get(API + "/projects/" + p
                + "/mentors").then().extract().jsonPath().getList("id").isEmpty()).toList();
        as("school-admin").body(Map.of("profileId", teacher)).post(API + "/projects/" + refused.get(0) + "/mentors")
                .then().statusCode(201);
        as("school-admin").body(Map.of("profileId", teacher)).post(API + "/projects/" + refused.get(1) + "/mentors")
                .then().statusCode(409);
    }

    private Map<Integer, List<HttpResponse<String>>> assignAllAtOnce(List<UUID> projects, UUID profile) {
        String token = Tokens.user("school-admin");
        List<CompletableFuture<HttpResponse<String>>> sent = projects.stream()
                .map(project -> HttpRequest.newBuilder(URI.create(base + "api/incubation/projects/" + project
                                + "/mentors"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"profileId\":\"" + profile + "\"}")).build())
                .map(request -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .toList();
        return sent.stream().map(CompletableFuture::join).collect(Collectors.groupingBy(HttpResponse::statusCode));
    }
}
