package org.helix.governance.committee;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.governance.GovernanceServers;
import org.helix.governance.meeting.SittingCommittee;
import org.helix.platform.testing.JsonSchemas;
import org.helix.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.helix.governance.GovernanceFixtures.as;
import static org.helix.governance.GovernanceFixtures.macro;
import static org.helix.governance.GovernanceFixtures.unique;
import static org.helix.platform.testing.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** CommitteeUpdated, MeetingCancelled and RegulationIssued leave through the outbox and match their schemas. */
@QuarkusTest
@GovernanceServers
class ChangeEventsTest {

    private static final String TOPIC = "helix.governance.v1";

    @Test
    void changingACommitteeCancellingAMeetingAndIssuingARegulationArePublished() {
        String committee = macro(unique("Events MACRO")).toString();
        as("admin").body(Map.of("name", unique("Events MACRO renamed"), "tier", "MACRO", "quorum", 2, "version", 0))
                .put("/api/governance/committees/" + committee).then().statusCode(200);
        String meeting = as("secretariat").body(SittingCommittee.meetingBody("MEMBERS"))
                .post("/api/governance/committees/" + committee + "/meetings").then().statusCode(201)
                .extract().path("id");
        as("secretariat").body(Map.of("reason", "Venue unavailable"))
                .post("/api/governance/meetings/" + meeting + "/cancel").then().statusCode(200);
        String first = as("secretariat").body(Map.of("title", unique("Rules"), "body", "v1", "effectiveFrom",
                "2030-01-01")).post("/api/governance/committees/" + committee + "/regulations").then().statusCode(201)
                .extract().path("id");
        String second = as("secretariat").body(Map.of("title", "Rules", "body", "v2", "effectiveFrom", "2030-06-01",
                "supersedes", first)).post("/api/governance/committees/" + committee + "/regulations").then()
                .statusCode(201).extract().path("id");

        KafkaTestClient kafka = KafkaTestClient.forTestServers();
        ConsumerRecord<String, String> updated = only(kafka.read(TOPIC, record -> committee.equals(record.key())
                && "helix.governance.CommitteeUpdated".equals(header(record, "ce_type")), found -> !found.isEmpty(),
                Duration.ofSeconds(30)));
        JsonSchemas.assertMatches(Path.of("events/CommitteeUpdated.schema.json"), updated.value());
        assertEquals(2, new JsonObject(updated.value()).getInteger("quorum"));
        assertEquals(1L, new JsonObject(updated.value()).getLong("version"));

        ConsumerRecord<String, String> cancelled = only(kafka.read(TOPIC, record -> meeting.equals(record.key())
                && "helix.governance.MeetingCancelled".equals(header(record, "ce_type")), found -> !found.isEmpty(),
                Duration.ofSeconds(30)));
        JsonSchemas.assertMatches(Path.of("events/MeetingCancelled.schema.json"), cancelled.value());
        assertEquals("Venue unavailable", new JsonObject(cancelled.value()).getString("reason"));

        List<ConsumerRecord<String, String>> issued = kafka.read(TOPIC, record -> first.equals(record.key())
                && "helix.governance.RegulationIssued".equals(header(record, "ce_type")), found -> found.size() >= 2,
                Duration.ofSeconds(30));
        assertEquals(2, issued.size());
        issued.forEach(record -> JsonSchemas.assertMatches(Path.of("events/RegulationIssued.schema.json"),
                record.value()));
        JsonObject newVersion = new JsonObject(issued.get(1).value());
        assertEquals(second, newVersion.getString("regulationId"));
        assertEquals(first, newVersion.getString("supersedes"));
        assertEquals(2, newVersion.getInteger("versionNumber"));
    }

    private static ConsumerRecord<String, String> only(List<ConsumerRecord<String, String>> records) {
        assertEquals(1, records.size());
        return records.get(0);
    }
}
