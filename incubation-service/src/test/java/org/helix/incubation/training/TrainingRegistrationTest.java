package org.helix.incubation.training;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.helix.incubation.ParallelRequests;
import org.helix.incubation.TestClock;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.helix.incubation.IncubationFixtures.API;
import static org.helix.incubation.IncubationFixtures.as;
import static org.helix.incubation.IncubationFixtures.subjectOf;
import static org.helix.incubation.IncubationFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training registrations: never over capacity however registrations and cancellations race; a participant lists and
 * cancels their own (the place goes back), nobody else's; the organiser, admin and secretariat list an event's
 * registrations, paged; nothing changes once the event has started (by the clock).
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "incubation"))
class TrainingRegistrationTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void registrationsAndCancellationsRacingNeverPassTheCapacity() {
        String event = event("school-admin", 3);
        String registrations = API + "/training-events/" + event + "/registrations";
        List<String> cancelling = List.of("student", "teacher");
        List<String> ids = new ArrayList<>();
        for (String user : List.of("student", "teacher", "expert")) {
            ids.add(as(user).post(registrations).then().statusCode(201).extract().path("id"));
        }
        as("funder").post(registrations).then().statusCode(409).body("type",
                equalTo("urn:helix:problem:training-full"));
        List<String> registering = List.of("funder", "gov-officer", "enterprise-rep", "association-rep",
                "school-admin-2", "enterprise-rep-2");

        ParallelRequests parallel = new ParallelRequests(base);
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < cancelling.size(); i++) {
            requests.add(parallel.post("api/incubation/training-events/" + event + "/registrations/" + ids.get(i)
                    + "/cancel", "", cancelling.get(i)));
        }
        registering.forEach(user -> requests.add(parallel.post("api/incubation/training-events/" + event
                + "/registrations", "", user)));
        Map<Integer, List<HttpResponse<String>>> outcomes = parallel.allAtOnce(requests);

        int cancelled = outcomes.getOrDefault(200, List.of()).size();
        int registered = outcomes.getOrDefault(201, List.of()).size();
        List<HttpResponse<String>> refused = outcomes.getOrDefault(409, List.of());
        assertEquals(2, cancelled, "cancelled: " + outcomes.keySet());
        assertEquals(registering.size(), registered + refused.size(), "answers: " + outcomes.keySet());
        refused.forEach(response -> assertTrue(response.body().contains("training-full"), response.body()));
        assertTrue(registered <= 2, "registered " + registered + " into two freed places");
        int held = 3 - cancelled + registered;
        as("student").get(API + "/training-events/" + event).then().body("registered", equalTo(held))
                .body("available", equalTo(3 - held));
        as("school-admin").queryParam("status", "REGISTERED").get(registrations).then().statusCode(200)
                .body("total", equalTo(held));
        as("school-admin").queryParam("status", "CANCELLED").get(registrations).then().body("total", equalTo(2));
    }

    @Test
    void aParticipantListsAndCancelsTheirOwnRegistrationAndThePlaceGoesBack() {
        String event = event("school-admin", 2);
        String other = event("secretariat", 10);
        String registrations = API + "/training-events/" + event + "/registrations";
        String mine = as("student").post(registrations).then().statusCode(201)
                .body("status", equalTo("REGISTERED")).body("subject", equalTo(subjectOf("student")))
                .extract().path("id");
        as("student").post(API + "/training-events/" + other + "/registrations").then().statusCode(201);
        String teachers = as("teacher").post(registrations).then().statusCode(201).extract().path("id");
        as("student").post(registrations).then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:already-registered"));

        JsonPath own = as("student").queryParam("size", 100).get(API + "/training-registrations").then()
                .statusCode(200).extract().jsonPath();
        assertTrue(own.getList("items.id").contains(mine));
        assertTrue(own.getList("items.subject").stream().allMatch(subjectOf("student")::equals));
        assertTrue(own.getList("items.eventTitle").size() >= 2);
        as("student").queryParam("size", 100).get(API + "/training-registrations").then()
                .body("items.id", not(hasItem(teachers)));

        // someone else's registration does not exist for the caller
        String cancel = registrations + "/" + mine + "/cancel";
        as("teacher").post(cancel).then().statusCode(404);
        as("school-admin-2").post(cancel).then().statusCode(404);
        as("student").post(cancel).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancelledAt", not(equalTo(null)));
        as("student").post(cancel).then().statusCode(409);
        as("student").get(API + "/training-events/" + event).then().body("registered", equalTo(1));
        as("student").queryParam("status", "CANCELLED").queryParam("size", 100)
                .get(API + "/training-registrations").then().body("items.id", hasItem(mine));
        // the place went back: registering again takes it
        as("student").post(registrations).then().statusCode(201);
        as("funder").post(registrations).then().statusCode(409);
        as("student").queryParam("status", "REGISTERED").queryParam("upcoming", true).queryParam("size", 100)
                .get(API + "/training-registrations").then().body("items.eventId", hasItem(event));

        // the organiser (the school that created it) may cancel a participant's place too
        as("school-admin").post(registrations + "/" + teachers + "/cancel").then().statusCode(200);
        // once the event has started nothing changes
        clock.advance(Duration.ofDays(8));
        as("funder").post(registrations).then().statusCode(409).body("type",
                equalTo("urn:helix:problem:training-started"));
        String again = as("secretariat").queryParam("status", "REGISTERED").get(registrations).then()
                .extract().path("items[0].id");
        as("student").post(registrations + "/" + again + "/cancel").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:training-started"));
    }

    @Test
    void theOrganiserAdminAndSecretariatListAnEventsRegistrationsPaged() {
        String event = event("school-admin", 10);
        String registrations = API + "/training-events/" + event + "/registrations";
        List<String> users = List.of("student", "teacher", "expert");
        users.forEach(user -> as(user).post(registrations).then().statusCode(201));

        for (String organiser : List.of("school-admin", "admin", "secretariat")) {
            as(organiser).queryParam("size", 2).get(registrations).then().statusCode(200)
                    .body("total", equalTo(3)).body("totalPages", equalTo(2))
                    .body("items.subject", equalTo(List.of(subjectOf("student"), subjectOf("teacher"))));
        }
        as("school-admin").queryParam("size", 2).queryParam("page", 1).get(registrations).then()
                .body("items.subject", equalTo(List.of(subjectOf("expert"))));
        as("school-admin").queryParam("sort", "registeredAt,desc").get(registrations).then()
                .body("items[0].subject", equalTo(subjectOf("expert")));
        as("school-admin").queryParam("sort", "subject").get(registrations).then().statusCode(400);
        for (String other : List.of("school-admin-2", "student", "expert", "gov-officer")) {
            as(other).get(registrations).then().statusCode(403);
        }
    }

    /** An event a week ahead, created by {@code organiser}. */
    private static String event(String organiser, int capacity) {
        return as(organiser).body(Map.of("title", unique("Business model canvas"), "kind", "WORKSHOP",
                        "startsAt", Instant.now().plus(Duration.ofDays(7)).toString(), "capacity", capacity))
                .post(API + "/training-events").then().statusCode(201).extract().path("id");
    }
}
