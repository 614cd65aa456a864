package org.helix.incubation.servicerequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.helix.incubation.TestClock;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.helix.incubation.IncubationFixtures.API;
import static org.helix.incubation.IncubationFixtures.ASSOCIATION;
import static org.helix.incubation.IncubationFixtures.DEVELOPMENT_BANK;
import static org.helix.incubation.IncubationFixtures.GOVERNMENT;
import static org.helix.incubation.IncubationFixtures.LAKESIDE_POLYTECHNIC;
import static org.helix.incubation.IncubationFixtures.as;
import static org.helix.incubation.IncubationFixtures.incubating;
import static org.helix.incubation.IncubationFixtures.incubationEvents;
import static org.helix.incubation.IncubationFixtures.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Service requests from a project to a provider: the lifecycle by the provider, the response deadline of each kind
 * (defaults 10, 5, 7, 14, 7 days) and the overdue list per provider by the clock, ServiceRequestCompleted.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "incubation"))
class ServiceRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theProviderAcceptsAndCompletesAndTheCompletionIsAnnounced() throws Exception {
        UUID project = incubating();
        String id = as("student").body(request(project, "BUSINESS_REGISTRATION", GOVERNMENT))
                .post(API + "/service-requests").then().statusCode(201).body("status", equalTo("OPEN"))
                .extract().path("id");
        as("enterprise-rep").get(API + "/service-requests/" + id).then().statusCode(404);
        as("student").body(Map.of("version", 0)).post(API + "/service-requests/" + id + "/accept").then()
                .statusCode(403);
        as("gov-officer").body(Map.of("outcome", "Registered", "version", 0))
                .post(API + "/service-requests/" + id + "/complete").then().statusCode(409);
        as("gov-officer").body(Map.of("version", 0)).post(API + "/service-requests/" + id + "/accept").then()
                .statusCode(200).body("status", equalTo("ACCEPTED"));
        clock.advance(Duration.ofDays(3));
        as("gov-officer").body(Map.of("outcome", "Company registered: licence 9132-0001", "version", 1))
                .post(API + "/service-requests/" + id + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        JsonNode completed = JSON.readTree(incubationEvents(id, "ServiceRequestCompleted", 1).get(0).value());
        assertEquals(3, completed.get("daysToComplete").asInt());
        assertEquals("BUSINESS_REGISTRATION", completed.get("kind").asText());
        assertEquals(GOVERNMENT.toString(), completed.get("providerOrganisationId").asText());
        as("gov-officer").queryParam("provider", GOVERNMENT).queryParam("size", 100).get(API + "/service-requests")
                .then().statusCode(200).body("items.id", hasItem(id));
        as("school-admin-2").queryParam("size", 100).get(API + "/service-requests").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void eachKindHasItsResponseDeadlineAndTheProviderSeesWhatIsOverdue() {
        UUID project = incubating();
        Instant before = Instant.now();
        String registration = as("student").body(request(project, "BUSINESS_REGISTRATION", GOVERNMENT))
                .post(API + "/service-requests").then().statusCode(201).extract().path("id");
        String docking = as("student").body(request(project, "PROJECT_DOCKING", ASSOCIATION))
                .post(API + "/service-requests").then().statusCode(201).extract().path("id");
        Instant respondBy = Instant.parse(as("student").get(API + "/service-requests/" + registration).then()
                .extract().path("respondBy"));
        assertEquals(true, !respondBy.isBefore(before.plus(Duration.ofDays(5)))
                && respondBy.isBefore(Instant.now().plus(Duration.ofDays(5))), "respond by " + respondBy);

        clock.advance(Duration.ofDays(5).minusMinutes(1));
        as("gov-officer").queryParam("provider", GOVERNMENT).get(API + "/service-requests/overdue").then()
                .body("items.id", not(hasItem(registration)));
        clock.advance(Duration.ofMinutes(2));
        as("gov-officer").queryParam("provider", GOVERNMENT).queryParam("size", 100)
                .get(API + "/service-requests/overdue").then().body("items.id", hasItem(registration));
        as("association-rep").queryParam("size", 100).get(API + "/service-requests/overdue").then()
                .body("items.id", not(hasItem(docking)));
        clock.advance(Duration.ofDays(9));
        as("association-rep").queryParam("provider", ASSOCIATION).queryParam("size", 100)
                .get(API + "/service-requests/overdue").then().body("items.id", hasItem(docking))
                .body("items.id", not(hasItem(registration)));
        // answering takes it off the list
        as("association-rep").body(Map.of("reason", "Out of our scope", "version", 0))
                .post(API + "/service-requests/" + docking + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        as("association-rep").queryParam("provider", ASSOCIATION).queryParam("size", 100)
                .get(API + "/service-requests/overdue").then().body("items.id", not(hasItem(docking)));
    }

    @Test
    void onlyKnownProvidersAndProjectsUnderWayTakeRequests() {
        UUID project = incubating();
        as("student").body(request(project, "TRAINING", LAKESIDE_POLYTECHNIC)).post(API + "/service-requests")
                .then().statusCode(422).body("errors[0].field", equalTo("providerOrganisationId"));
        as("student").body(request(submitted(), "TRAINING", DEVELOPMENT_BANK)).post(API + "/service-requests")
                .then().statusCode(409);
        as("school-admin-2").body(request(project, "TRAINING", DEVELOPMENT_BANK)).post(API + "/service-requests")
                .then().statusCode(404);
        as("funder").body(request(project, "FINANCING_ADVICE", DEVELOPMENT_BANK)).post(API + "/service-requests")
                .then().statusCode(403);
        as("school-admin").body(request(project, "FINANCING_ADVICE", DEVELOPMENT_BANK))
                .post(API + "/service-requests").then().statusCode(201);
        as("funder").queryParam("provider", DEVELOPMENT_BANK).queryParam("status", "OPEN")
                .get(API + "/service-requests").then().statusCode(200).body("items.kind", hasItem("FINANCING_ADVICE"))
                .body("items.status", everyItem(equalTo("OPEN")));
    }

    private static Map<String, Object> request(UUID project, String kind, UUID provider) {
        return Map.of("projectId", project, "kind", kind, "providerOrganisationId", provider,
                "description", "Please help us with " + kind.toLowerCase().replace('_', ' '));
    }
}
