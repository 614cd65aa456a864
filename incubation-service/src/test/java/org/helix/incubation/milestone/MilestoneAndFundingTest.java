package org.helix.incubation.milestone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.incubation.TestClock;
import org.helix.platform.testing.KafkaTestClient;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.helix.incubation.IncubationFixtures.API;
import static org.helix.incubation.IncubationFixtures.FUNDING;
import static org.helix.incubation.IncubationFixtures.award;
import static org.helix.incubation.IncubationFixtures.NOVA_MANUFACTURING;
import static org.helix.incubation.IncubationFixtures.PATIENCE;
import static org.helix.incubation.IncubationFixtures.as;
import static org.helix.incubation.IncubationFixtures.assignMentor;
import static org.helix.incubation.IncubationFixtures.awardGranted;
import static org.helix.incubation.IncubationFixtures.incubating;
import static org.helix.incubation.IncubationFixtures.incubationEvents;
import static org.helix.incubation.IncubationFixtures.subjectOf;
import static org.helix.incubation.IncubationFixtures.talentProfile;
import static org.helix.incubation.IncubationFixtures.tranche;
import static org.helix.incubation.IncubationFixtures.trancheChanged;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Milestones planned by the team and created from funding's AwardGranted (a document checked against funding's
 * schema, on this module's own test topic), evidence from the team, verification by an assigned mentor → MilestoneAchieved
 * (with award and tranche), TrancheReleased/Cancelled in the project's funding view, poison to the dead letters, the
 * overdue list by the clock.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "incubation"))
class MilestoneAndFundingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAwardBecomesMilestonesWhoseVerificationIsAnnouncedWithTheirTranche() throws Exception {
        UUID project = incubating();
        UUID mentor = talentProfile("EXPERT", NOVA_MANUFACTURING, subjectOf("expert"), true);
        assignMentor(project, mentor);
        LocalDate today = LocalDate.now();
        Map<String, Object> first = tranche(1, "30000.00", "Prototype tested with 20 farmers", today.plusDays(30));
        Map<String, Object> second = tranche(2, "20000.50", "First 100 kits sold", today.plusDays(120));
        Map<String, Object> award = awardGranted(project, "50000.50", List.of(first, second));
        String awardId = (String) award.get("awardId");

        await().atMost(PATIENCE).untilAsserted(() -> as("student").get(API + "/projects/" + project + "/funding")
                .then().statusCode(200).body("awards.size()", equalTo(1)));
        as("student").get(API + "/projects/" + project + "/funding").then()
                .body("awards[0].awardId", equalTo(awardId))
                .body("awards[0].amount", equalTo(50000.50f)).body("awards[0].currency", equalTo("CNY"))
                .body("awards[0].pending", equalTo(50000.50f)).body("awards[0].released", equalTo(0.00f))
                .body("awards[0].tranches.status", equalTo(List.of("PENDING", "PENDING")));
        List<Map<String, Object>> milestones = as("student").get(API + "/projects/" + project + "/milestones")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(2, milestones.size());
        Map<String, Object> linked = milestones.get(0);
        assertEquals("Prototype tested with 20 farmers", linked.get("title"));
        assertEquals(first.get("trancheId"), linked.get("trancheId"));
        assertEquals(awardId, linked.get("awardId"));
        String milestone = (String) linked.get("id");

        // the mentor verifies only with evidence; the team submits it with the version read
        as("expert").post(API + "/projects/" + project + "/milestones/" + milestone + "/verification").then()
                .statusCode(409).body("type", equalTo("urn:helix:problem:evidence-missing"));
        as("teacher").post(API + "/projects/" + project + "/milestones/" + milestone + "/verification").then()
                .statusCode(404);
        as("school-admin").post(API + "/projects/" + project + "/milestones/" + milestone + "/verification").then()
                .statusCode(403);
        as("student").body(Map.of("evidence", "Field test report: 20 farms, 31% less water", "version", 3))
                .post(API + "/projects/" + project + "/milestones/" + milestone + "/evidence").then().statusCode(409);
        as("student").body(Map.of("evidence", "Field test report: 20 farms, 31% less water", "version", 0))
                .post(API + "/projects/" + project + "/milestones/" + milestone + "/evidence").then().statusCode(200)
                .body("evidenceBy", equalTo(subjectOf("student")));
        as("expert").post(API + "/projects/" + project + "/milestones/" + milestone + "/verification").then()
                .statusCode(200).body("status", equalTo("ACHIEVED"))
                .body("achievedOn", equalTo(LocalDate.now().toString()));
        as("expert").post(API + "/projects/" + project + "/milestones/" + milestone + "/verification").then()
                .statusCode(409);

        JsonNode achieved = JSON.readTree(incubationEvents(project.toString(), "MilestoneAchieved", 1).get(0)
                .value());
        assertEquals(milestone, achieved.get("milestoneId").asText());
        assertEquals(awardId, achieved.get("awardId").asText());
        assertEquals(first.get("trancheId"), achieved.get("trancheId").asText());
        assertEquals(subjectOf("expert"), achieved.get("verifiedBySubject").asText());
        assertEquals(mentor.toString(), achieved.get("verifiedByProfileId").asText());

        // funding releases the first tranche and cancels the second: the funding view follows
        trancheChanged("TrancheReleased", award, first, milestone, null);
        trancheChanged("TrancheCancelled", award, second, null, "the funder withdrew");
        await().atMost(PATIENCE).untilAsserted(() -> as("student").get(API + "/projects/" + project + "/funding")
                .then().body("awards[0].tranches.status", equalTo(List.of("RELEASED", "CANCELLED")))
                .body("awards[0].released", equalTo(30000.00f)).body("awards[0].cancelled", equalTo(20000.50f))
                .body("awards[0].pending", equalTo(0.00f)).body("awards[0].tranches[1].reason",
                        equalTo("the funder withdrew")));
    }

    @Test
    void anAwardFundingCannotBeReadGoesToTheDeadLettersAndTheNextIsApplied() {
        UUID project = incubating();
        Map<String, Object> poison = award(project, "10.5", List.of(tranche(1, "10.50", "Never read",
                LocalDate.now().plusDays(5))));
        String poisonId = (String) poison.get("awardId");
        FUNDING.send(UUID.randomUUID().toString(), "helix.funding.AwardGranted", "Award/" + poisonId, poisonId,
                JSON.valueToTree(poison).toString().getBytes(StandardCharsets.UTF_8));
        awardGranted(project, "10.50", List.of(tranche(1, "10.50", "Read", LocalDate.now().plusDays(5))));

        List<ConsumerRecord<String, String>> dead = KafkaTestClient.forTestServers().read("helix.incubation.dlq",
                record -> poisonId.equals(record.key()), found -> !found.isEmpty(), PATIENCE);
        assertEquals(true, KafkaTestClient.header(dead.get(0), "dead-letter-reason").contains("amount"),
                KafkaTestClient.header(dead.get(0), "dead-letter-reason"));
        await().atMost(PATIENCE).untilAsserted(() -> as("student").get(API + "/projects/" + project + "/milestones")
                .then().body("title", equalTo(List.of("Read"))));
    }

    @Test
    void theTeamPlansMilestonesAndTheOverdueListFollowsTheClock() {
        UUID project = incubating();
        LocalDate due = LocalDate.now().plusDays(10);
        String milestone = as("student").body(Map.of("title", "Company registered", "dueDate", due.toString()))
                .post(API + "/projects/" + project + "/milestones").then().statusCode(201)
                .body("status", equalTo("PLANNED")).extract().path("id");
        as("school-admin-2").body(Map.of("title", "x", "dueDate", due.toString()))
                .post(API + "/projects/" + project + "/milestones").then().statusCode(404);
        as("student").queryParam("project", project).get(API + "/milestones/overdue").then().statusCode(200)
                .body("total", equalTo(0));

        clock.advance(Duration.ofDays(10));
        as("student").queryParam("project", project).get(API + "/milestones/overdue").then().body("total",
                equalTo(0));
        clock.advance(Duration.ofDays(1));
        as("student").queryParam("project", project).get(API + "/milestones/overdue").then()
                .body("items.id", equalTo(List.of(milestone)));
        as("school-admin").queryParam("size", 100).get(API + "/milestones/overdue").then()
                .body("items.id", hasItem(milestone));
        as("school-admin-2").queryParam("project", project).get(API + "/milestones/overdue").then()
                .body("total", equalTo(0));
        as("student").get(API + "/projects/" + project + "/milestones/" + milestone).then().statusCode(200)
                .header("ETag", not(equalTo(null)));
    }
}
