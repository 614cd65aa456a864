package org.helix.curriculum.enrolment;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.equalTo;
import static org.helix.curriculum.CurriculumFixtures.API;
import static org.helix.curriculum.CurriculumFixtures.as;
import static org.helix.curriculum.CurriculumFixtures.demoOrganisations;
import static org.helix.curriculum.CurriculumFixtures.riversideSection;
import static org.helix.curriculum.CurriculumFixtures.riversideTeacher;
import static org.helix.curriculum.CurriculumFixtures.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seats and "one section per student per offering" hold when enrolments race: all requests are sent at once over real
 * HTTP against the real database, and exactly what fits succeeds; the rest get a 409 naming the reason.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "curriculum"))
class EnrolmentUnderConcurrencyTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void twoHundredStudentsRaceForThirtySeatsAndExactlyThirtyGetOne() throws Exception {
        UUID section = riversideSection(riversideTeacher(null), "2028-SPRING", 30)[2];
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            requests.add(enrolment(section, "racing-student-" + UUID.randomUUID()));
        }

        Map<Integer, List<HttpResponse<String>>> outcomes = allAtOnce(requests);

        assertEquals(30, outcomes.getOrDefault(201, List.of()).size(), "statuses: " + outcomes.keySet());
        assertEquals(170, outcomes.getOrDefault(409, List.of()).size(), "statuses: " + outcomes.keySet());
        outcomes.get(409).forEach(response -> {
            assertTrue(response.body().contains("urn:helix:problem:section-full"), response.body());
            assertTrue(response.body().contains("30 of 30 seats taken"), response.body());
        });
        as("student").get(API + "/sections/" + section).then().body("enrolled", equalTo(30))
                .body("seatsLeft", equalTo(0));
        assertEquals(30, count("select count(*) from enrolment where section_id = ? and status = 'ENROLLED'", section));
        assertEquals(30, count("select count(distinct student_subject) from enrolment where section_id = ?", section));
    }

    @Test
    void aStudentRacingForTwoSectionsOfOneOfferingGetsOne() throws Exception {
        UUID teacher = riversideTeacher(null);
        UUID[] world = riversideSection(teacher, "2028-AUTUMN", 100);
        UUID other = section(world[1], teacher, 100);
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String student = "double-student-" + UUID.randomUUID();
            requests.add(enrolment(world[2], student));
            requests.add(enrolment(other, student));
        }

        Map<Integer, List<HttpResponse<String>>> outcomes = allAtOnce(requests);

        assertEquals(20, outcomes.getOrDefault(201, List.of()).size(), "statuses: " + outcomes.keySet());
        assertEquals(20, outcomes.getOrDefault(409, List.of()).size(), "statuses: " + outcomes.keySet());
        outcomes.get(409).forEach(response -> assertTrue(response.body().contains(
                "urn:helix:problem:already-enrolled"), response.body()));
        assertEquals(20, count("select count(*) from enrolment where offering_id = ? and status = 'ENROLLED'",
                world[1]));
        assertEquals(20, count("select count(distinct student_subject) from enrolment where offering_id = ?",
                world[1]));
    }

    private HttpRequest enrolment(UUID section, String student) {
        return HttpRequest.newBuilder(URI.create(base + "api/curriculum/sections/" + section + "/enrolments"))
                .header("Authorization", "Bearer " + Tokens.user("school-admin"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString("{\"studentSubject\":\"" + student + "\"}")).build();
    }

    private Map<Integer, List<HttpResponse<String>>> allAtOnce(List<HttpRequest> requests) {
        List<CompletableFuture<HttpResponse<String>>> sent = requests.stream()
                .map(request -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString())).toList();
        return sent.stream().map(CompletableFuture::join).collect(Collectors.groupingBy(HttpResponse::statusCode));
    }

    private long count(String sql, UUID id) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
