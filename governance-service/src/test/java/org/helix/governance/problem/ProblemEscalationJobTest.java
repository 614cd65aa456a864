package org.helix.governance.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.governance.GovernanceServers;
import org.helix.governance.TestClock;
import org.helix.platform.testing.JsonSchemas;
import org.helix.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.helix.governance.GovernanceFixtures.RIVERSIDE_COLLEGE;
import static org.helix.governance.GovernanceFixtures.as;
import static org.helix.governance.GovernanceFixtures.demoOrganisations;
import static org.helix.governance.GovernanceFixtures.join;
import static org.helix.governance.GovernanceFixtures.unique;
import static org.helix.governance.problem.ProblemFixtures.problem;
import static org.helix.governance.problem.ProblemFixtures.raise;
import static org.helix.governance.problem.ProblemFixtures.tiers;
import static org.helix.platform.testing.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scheduled escalation, driven by moving the application's clock instead of waiting. */
@QuarkusTest
@GovernanceServers
class ProblemEscalationJobTest {

    @Inject
    TestClock clock;

    @Inject
    ProblemEscalationJob job;

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void problemsLeftPastTheirCommitteesDeadlineClimbOneTierPerRunAsSystem() {
        ProblemFixtures.Tiers tiers = tiers(); // the MICRO committee has the default deadline, 30 days
        UUID patientMicro = UUID.fromString(as("secretariat").body(Map.of("name", unique("Patient MICRO"),
                        "tier", "MICRO", "parentId", tiers.meso(), "escalationDeadlineDays", 60))
                .post("/api/governance/committees").then().statusCode(201).extract().path("id"));
        join(patientMicro, RIVERSIDE_COLLEGE, "MEMBER");
        UUID old = raise("school-admin", tiers.micro());
        UUID patient = raise("school-admin", patientMicro);

        job.escalateOverdue();
        assertAt(old, "OPEN", "MICRO", 1);

        clock.advance(Duration.ofDays(31));
        UUID young = raise("enterprise-rep", tiers.micro());
        job.escalateOverdue();

        as("student").get(problem(old)).then().statusCode(200)
                .body("status", equalTo("ESCALATED"), "tier", equalTo("MESO"), "history", hasSize(2),
                        "history[1].by", equalTo("system"), "history[1].automatic", equalTo(true),
                        "history[1].byOrganisationId", equalTo(null),
                        "history[1].reason", containsString("30 days"));
        assertAt(young, "OPEN", "MICRO", 1);
        assertAt(patient, "OPEN", "MICRO", 1);

        // it has just arrived at the MESO committee: a second run the same day leaves it there
        job.escalateOverdue();
        assertAt(old, "ESCALATED", "MESO", 2);

        clock.advance(Duration.ofDays(31));
        job.escalateOverdue();
        assertAt(old, "ESCALATED", "MACRO", 3);
        assertAt(young, "ESCALATED", "MESO", 2);
        assertAt(patient, "ESCALATED", "MESO", 2);

        // the MACRO committee has nowhere to send it
        clock.advance(Duration.ofDays(100));
        job.escalateOverdue();
        assertAt(old, "ESCALATED", "MACRO", 3);

        as("secretariat").queryParam("resourceType", "Problem").queryParam("resourceId", old)
                .get("/api/governance/audit").then().statusCode(200)
                .body("items[0].action", equalTo("escalate-automatically"), "items[0].subject", equalTo("system"),
                        "items[0].after.tier", equalTo("MACRO"));

        List<ConsumerRecord<String, String>> events = KafkaTestClient.forTestServers().read("helix.governance.v1",
                record -> old.toString().equals(record.key()), found -> found.size() >= 3, Duration.ofSeconds(30));
        assertEquals(List.of("helix.governance.ProblemRaised", "helix.governance.ProblemEscalated",
                "helix.governance.ProblemEscalated"), events.stream().map(e -> header(e, "ce_type")).toList());
        for (ConsumerRecord<String, String> escalation : events.subList(1, 3)) {
            JsonSchemas.assertMatches(Path.of("events/ProblemEscalated.schema.json"), escalation.value());
            assertTrue(new JsonObject(escalation.value()).getBoolean("automatic"));
        }
        assertEquals("MACRO", new JsonObject(events.get(2).value()).getString("toTier"));
    }

    @Test
    void aResolvedProblemIsNeverEscalated() {
        ProblemFixtures.Tiers tiers = tiers();
        UUID id = raise("school-admin", tiers.micro());
        as("school-admin").body(Map.of("resolutionNote", "Sorted out locally")).post(problem(id) + "/resolve")
                .then().statusCode(200);
        clock.advance(Duration.ofDays(45));
        job.escalateOverdue();
        assertAt(id, "RESOLVED", "MICRO", 1);
    }

    private static void assertAt(UUID id, String status, String tier, int steps) {
        as("student").get(problem(id)).then().statusCode(200)
                .body("status", equalTo(status), "tier", equalTo(tier), "history", hasSize(steps));
    }
}
