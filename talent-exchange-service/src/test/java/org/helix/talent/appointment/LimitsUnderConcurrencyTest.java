package org.helix.talent.appointment;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.equalTo;
import static org.helix.talent.TalentFixtures.API;
import static org.helix.talent.TalentFixtures.NOVA_MANUFACTURING;
import static org.helix.talent.TalentFixtures.RIVERSIDE_COLLEGE;
import static org.helix.talent.TalentFixtures.as;
import static org.helix.talent.TalentFixtures.demoOrganisations;
import static org.helix.talent.TalentFixtures.expert;
import static org.helix.talent.TalentFixtures.practice;
import static org.helix.talent.TalentFixtures.propose;
import static org.helix.talent.TalentFixtures.register;
import static org.helix.talent.TalentFixtures.teacher;
import static org.helix.talent.TalentFixtures.teaching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limits hold when the last approvals of several appointments for one person race: all are sent at once, over
 * real HTTP, and exactly the appointments that fit are approved; the others get a 409 naming the limit.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "talent"))
class LimitsUnderConcurrencyTest {

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void anExpertIsApprovedForAtMostSixteenHoursAWeekHoweverTheApprovalsRace() throws Exception {
        // 1 year, no senior title: no green channel, so the school's approval is the last one
        UUID expert = register("enterprise-rep", expert(NOVA_MANUFACTURING, null, 1, "JUNIOR"));
        LocalDate start = LocalDate.now().plusDays(30);
        List<UUID> appointments = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // overlapping ranges of 4 h/week each: four make exactly 16, a fifth would be 20
            UUID id = propose("enterprise-rep", teaching(expert, RIVERSIDE_COLLEGE, NOVA_MANUFACTURING,
                    start.plusDays(i), start.plusDays(60 + i), 4));
            as("enterprise-rep").post(API + "/appointments/" + id + "/approvals").then().statusCode(200)
                    .body("status", equalTo("PROPOSED"));
            appointments.add(id);
        }

        Map<Integer, List<HttpResponse<String>>> outcomes = approveAllAtOnce(appointments, "school-admin");

        assertEquals(4, outcomes.getOrDefault(200, List.of()).size(), "approved: " + outcomes.keySet());
        assertEquals(2, outcomes.getOrDefault(409, List.of()).size(), "refused: " + outcomes.keySet());
        outcomes.get(409).forEach(response -> {
            assertTrue(response.body().contains("teaching-hours-limit"), response.body());
            assertTrue(response.body().contains("at most 16"), response.body());
        });
        long approved = appointments.stream().filter(id -> "APPROVED".equals(as("enterprise-rep")
                .get(API + "/appointments/" + id).then().extract().path("status"))).count();
        assertEquals(4, approved);
    }

    @Test
    void aTeacherGetsOneOfSeveralOverlappingPracticesHoweverTheApprovalsRace() throws Exception {
        UUID teacher = register("school-admin", teacher(RIVERSIDE_COLLEGE, null));
        LocalDate start = LocalDate.now().plusDays(40);
        List<UUID> overlapping = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID id = propose("school-admin", practice(teacher, NOVA_MANUFACTURING, RIVERSIDE_COLLEGE,
                    start.plusDays(i * 5L), start.plusDays(30 + i * 5L)));
            as("school-admin").post(API + "/appointments/" + id + "/approvals").then().statusCode(200);
            overlapping.add(id);
        }

        Map<Integer, List<HttpResponse<String>>> outcomes = approveAllAtOnce(overlapping, "enterprise-rep");

        assertEquals(1, outcomes.getOrDefault(200, List.of()).size(), "approved: " + outcomes.keySet());
        assertEquals(3, outcomes.getOrDefault(409, List.of()).size(), "refused: " + outcomes.keySet());
        outcomes.get(409).forEach(response -> assertTrue(response.body().contains("overlapping-practice"),
                response.body()));

        // the day after the longest one ends, another practice fits
        UUID later = propose("school-admin", practice(teacher, NOVA_MANUFACTURING, RIVERSIDE_COLLEGE,
                start.plusDays(46), start.plusDays(70)));
        as("school-admin").post(API + "/appointments/" + later + "/approvals").then().statusCode(200);
        as("enterprise-rep").post(API + "/appointments/" + later + "/approvals").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    /** Sends the approvals together and groups the answers by status. */
    private Map<Integer, List<HttpResponse<String>>> approveAllAtOnce(List<UUID> appointments, String user) {
        String token = Tokens.user(user);
        List<CompletableFuture<HttpResponse<String>>> sent = appointments.stream()
                .map(id -> HttpRequest.newBuilder(URI.create(base + "api/talent-exchange/appointments/" + id
                                + "/approvals"))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.noBody()).build())
                .map(request -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .toList();
        return sent.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(HttpResponse::statusCode));
    }
}
