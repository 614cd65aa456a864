package org.helix.governance.resolution;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.governance.GovernanceServers;
import org.helix.governance.TestClock;
import org.helix.governance.meeting.SittingCommittee;
import org.helix.platform.testing.JsonSchemas;
import org.helix.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.helix.governance.GovernanceFixtures.DEVELOPMENT_BANK;
import static org.helix.governance.GovernanceFixtures.INDUSTRY_ASSOCIATION;
import static org.helix.governance.GovernanceFixtures.NOVA_MANUFACTURING;
import static org.helix.governance.GovernanceFixtures.RIVERSIDE_COLLEGE;
import static org.helix.governance.GovernanceFixtures.as;
import static org.helix.governance.meeting.SittingCommittee.ACTIONS;
import static org.helix.governance.meeting.SittingCommittee.RESOLUTIONS;
import static org.helix.governance.meeting.SittingCommittee.vote;
import static org.helix.platform.testing.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@GovernanceServers
class ActionItemApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static SittingCommittee committee() {
        return SittingCommittee.with(RIVERSIDE_COLLEGE, "CHAIR", NOVA_MANUFACTURING, "MEMBER",
                INDUSTRY_ASSOCIATION, "SECRETARY");
    }

    private static UUID adopted(SittingCommittee committee) {
        UUID resolution = committee.resolutionInVoting("school-admin");
        vote(resolution, "school-admin", "FOR");
        vote(resolution, "enterprise-rep", "FOR");
        as("secretariat").post(RESOLUTIONS + resolution + "/voting/close").then().statusCode(200)
                .body("status", equalTo("ADOPTED"));
        return resolution;
    }

    private static UUID addAction(UUID resolution, String title, UUID assignee, LocalDate due) {
        return UUID.fromString(as("secretariat")
                .body(Map.of("title", title, "assigneeOrganisationId", assignee, "dueDate", due.toString()))
                .post(RESOLUTIONS + resolution + "/actions").then().statusCode(201)
                .body("status", equalTo("OPEN"), "overdue", equalTo(false))
                .extract().path("id"));
    }

    private static void moveTo(UUID action, String user, String status, int expected) {
        as(user).body(Map.of("status", status)).patch(ACTIONS + action).then().statusCode(expected);
    }

    @Test
    void actionsFollowAnAdoptedResolutionOnly() {
        SittingCommittee committee = committee();
        UUID proposed = committee.propose("school-admin");
        Map<String, Object> body = Map.of("title", "Sign internship contracts",
                "assigneeOrganisationId", NOVA_MANUFACTURING, "dueDate", "2031-06-30");
        as("secretariat").body(body).post(RESOLUTIONS + proposed + "/actions").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:illegal-transition"));
        UUID rejected = committee.resolutionInVoting("school-admin");
        as("secretariat").post(RESOLUTIONS + rejected + "/voting/close").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        as("secretariat").body(body).post(RESOLUTIONS + rejected + "/actions").then().statusCode(409);

        UUID resolution = adopted(committee);
        as("school-admin").body(body).post(RESOLUTIONS + resolution + "/actions").then().statusCode(403);
        as("enterprise-rep").body(body).post(RESOLUTIONS + resolution + "/actions").then().statusCode(403);
        as("secretariat").body(Map.of("title", "x", "assigneeOrganisationId", UUID.randomUUID(),
                        "dueDate", "2031-06-30")).post(RESOLUTIONS + resolution + "/actions").then().statusCode(422)
                .body("errors[0].field", equalTo("assigneeOrganisationId"));
        as("secretariat").body(Map.of("title", "x", "assigneeOrganisationId", NOVA_MANUFACTURING))
                .post(RESOLUTIONS + resolution + "/actions").then().statusCode(400)
                .body("errors[0].field", equalTo("dueDate"));
        as("admin").body(body).post(RESOLUTIONS + resolution + "/actions").then().statusCode(201)
                .body("resolutionId", equalTo(resolution.toString()));
        as("secretariat").body(body).post(RESOLUTIONS + UUID.randomUUID() + "/actions").then().statusCode(404);
    }

    /**
     * Actions are created with the clock moved back and "later" is reached by resetting or advancing it; nothing that
     * publishes an event happens while the clock is ahead (the broker refuses records timestamped in the future).
     */
    @Test
    void progressAndOverdueActionsFollowTheClock() {
        SittingCommittee committee = committee();
        UUID resolution = adopted(committee);
        String path = RESOLUTIONS + resolution;
        clock.advance(Duration.ofDays(-5));
        LocalDate fiveDaysAgo = LocalDate.now(clock);
        UUID contracts = addAction(resolution, "Sign internship contracts", NOVA_MANUFACTURING, fiveDaysAgo.plusDays(3));
        UUID curriculum = addAction(resolution, "Adapt the CNC course", RIVERSIDE_COLLEGE, fiveDaysAgo.plusDays(10));
        as("student").get(path).then().statusCode(200)
                .body("progress.done", equalTo(0), "progress.total", equalTo(2), "overdueActions", hasSize(0));

        clock.reset();
        as("student").get(path).then().statusCode(200)
                .body("progress.total", equalTo(2), "overdueActions.id", contains(contracts.toString()),
                        "overdueActions[0].overdue", equalTo(true));
        as("student").get(ACTIONS + contracts).then().statusCode(200).body("overdue", equalTo(true));
        as("student").get(ACTIONS + curriculum).then().statusCode(200).body("overdue", equalTo(false));

        moveTo(contracts, "enterprise-rep", "IN_PROGRESS", 200);
        as("student").get(path).then().body("overdueActions.id", contains(contracts.toString()));
        moveTo(contracts, "enterprise-rep", "DONE", 200);
        as("student").get(path).then().statusCode(200)
                .body("progress.done", equalTo(1), "progress.total", equalTo(2), "overdueActions", hasSize(0));

        clock.advance(Duration.ofDays(10));
        as("student").get(path).then()
                .body("progress.done", equalTo(1), "overdueActions.id", contains(curriculum.toString()));
        as("student").get(path + "/actions").then().statusCode(200)
                .body("total", equalTo(2), "items.id", contains(contracts.toString(), curriculum.toString()),
                        "items.overdue", contains(false, true));
    }

    @Test
    void theAssigneeOrTheSecretariatMovesAnActionOneStepAtATime() {
        SittingCommittee committee = committee();
        UUID resolution = adopted(committee);
        UUID action = addAction(resolution, "Open a training base", NOVA_MANUFACTURING,
                LocalDate.now(clock).plusDays(30));

        moveTo(action, "school-admin", "IN_PROGRESS", 403);
        moveTo(action, "enterprise-rep-2", "IN_PROGRESS", 403);
        moveTo(action, "expert", "IN_PROGRESS", 403);
        moveTo(action, "enterprise-rep", "DONE", 409);
        moveTo(action, "enterprise-rep", "OPEN", 409);
        as("enterprise-rep").body(Map.of("status", "IN_PROGRESS", "version", 7)).patch(ACTIONS + action)
                .then().statusCode(409).body("type", equalTo("urn:helix:problem:stale-version"));
        int version = as("enterprise-rep").body(Map.of("status", "IN_PROGRESS", "version", 0))
                .patch(ACTIONS + action).then().statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .extract().path("version");
        moveTo(action, "enterprise-rep", "IN_PROGRESS", 409);
        as("secretariat").header("If-Match", "\"" + (version + 1) + "\"").body(Map.of("status", "DONE"))
                .patch(ACTIONS + action).then().statusCode(409);
        as("secretariat").header("If-Match", "\"" + version + "\"").body(Map.of("status", "DONE"))
                .patch(ACTIONS + action).then().statusCode(200)
                .body("status", equalTo("DONE"), "completedAt", notNullValue());
        moveTo(action, "admin", "OPEN", 409);
        moveTo(action, "admin", "IN_PROGRESS", 409);
        moveTo(action, "admin", "DONE", 409);

        UUID other = addAction(resolution, "Report to the committee", DEVELOPMENT_BANK,
                LocalDate.now(clock).plusDays(30));
        moveTo(other, "funder", "IN_PROGRESS", 200);
        moveTo(other, "admin", "DONE", 200);
        moveTo(UUID.randomUUID(), "admin", "DONE", 404);

        as("admin").queryParam("resourceType", "ActionItem").queryParam("resourceId", action)
                .get("/api/governance/audit").then().statusCode(200)
                .body("items.action", contains("change-status", "change-status", "create"),
                        "items[0].before.status", equalTo("IN_PROGRESS"), "items[0].after.status", equalTo("DONE"));
    }

    @Test
    void completingAnActionIsAnEventMatchingItsSchema() {
        SittingCommittee committee = committee();
        UUID resolution = adopted(committee);
        clock.advance(Duration.ofDays(-3));
        UUID action = addAction(resolution, "Publish the plan", RIVERSIDE_COLLEGE, LocalDate.now(clock).plusDays(1));
        clock.reset();
        moveTo(action, "school-admin", "IN_PROGRESS", 200);
        moveTo(action, "school-admin", "DONE", 200);

        List<ConsumerRecord<String, String>> events = KafkaTestClient.forTestServers().read("helix.governance.v1",
                record -> resolution.toString().equals(record.key()), found -> found.size() >= 2,
                Duration.ofSeconds(30));

        assertEquals(List.of("helix.governance.ResolutionAdopted", "helix.governance.ActionItemCompleted"),
                events.stream().map(e -> header(e, "ce_type")).toList());
        JsonSchemas.assertMatches(Path.of("events/ResolutionAdopted.schema.json"), events.get(0).value());
        JsonSchemas.assertMatches(Path.of("events/ActionItemCompleted.schema.json"), events.get(1).value());
        io.vertx.core.json.JsonObject data = new io.vertx.core.json.JsonObject(events.get(1).value());
        assertEquals(action.toString(), data.getString("actionId"));
        assertEquals(committee.id.toString(), data.getString("committeeId"));
        assertEquals(true, data.getBoolean("completedLate"));
    }
}
