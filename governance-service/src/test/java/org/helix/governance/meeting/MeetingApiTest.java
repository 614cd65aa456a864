package org.helix.governance.meeting;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.governance.GovernanceServers;
import org.helix.platform.testing.JsonSchemas;
import org.helix.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.helix.governance.GovernanceFixtures.DEVELOPMENT_BANK;
import static org.helix.governance.GovernanceFixtures.INDUSTRY_ASSOCIATION;
import static org.helix.governance.GovernanceFixtures.NOVA_MANUFACTURING;
import static org.helix.governance.GovernanceFixtures.RIVERSIDE_COLLEGE;
import static org.helix.governance.GovernanceFixtures.as;
import static org.helix.governance.meeting.SittingCommittee.MEETINGS;
import static org.helix.governance.meeting.SittingCommittee.meetingBody;
import static org.helix.platform.testing.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@GovernanceServers
class MeetingApiTest {

    /** Riverside (school-admin) chairs, Nova (enterprise-rep) is secretary, the association (association-rep) sits. */
    private static SittingCommittee committee() {
        return SittingCommittee.with(RIVERSIDE_COLLEGE, "CHAIR", NOVA_MANUFACTURING, "SECRETARY",
                INDUSTRY_ASSOCIATION, "MEMBER");
    }

    @Test
    void aMeetingIsScheduledHeldMinutedAndClosed() {
        SittingCommittee committee = committee();
        UUID meeting = UUID.fromString(as("secretariat").body(meetingBody("PUBLIC")).post(committee.meetings())
                .then().statusCode(201)
                .header("Location", containsString("/api/governance/meetings/"))
                .body("status", equalTo("SCHEDULED"), "kind", equalTo("PLENARY"), "visibility", equalTo("PUBLIC"),
                        "agenda.position", contains(1, 2), "agenda.title", contains("Opening", "Internship bases 2031"),
                        "agendaMinutes", equalTo(105), "minutes", equalTo(null))
                .extract().path("id"));
        String path = MEETINGS + meeting;
        as("teacher").get(path).then().statusCode(200).body("id", equalTo(meeting.toString()));

        as("secretariat").body(Map.of("organisationId", NOVA_MANUFACTURING)).post(path + "/attendance")
                .then().statusCode(409).body("type", equalTo("urn:helix:problem:illegal-transition"));
        as("secretariat").body(Map.of("text", "too early")).put(path + "/minutes").then().statusCode(409);

        as("secretariat").post(path + "/start").then().statusCode(200)
                .body("status", equalTo("IN_SESSION"), "startedAt", notNullValue());
        as("secretariat").post(path + "/start").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:illegal-transition"));
        as("secretariat").post(path + "/cancel").then().statusCode(409);

        as("secretariat").body(Map.of("organisationId", NOVA_MANUFACTURING)).post(path + "/attendance")
                .then().statusCode(201).body("organisationId", equalTo(NOVA_MANUFACTURING.toString()));
        as("secretariat").body(Map.of("organisationId", NOVA_MANUFACTURING)).post(path + "/attendance")
                .then().statusCode(409).body("type", equalTo("urn:helix:problem:already-attending"));
        as("secretariat").body(Map.of("organisationId", DEVELOPMENT_BANK)).post(path + "/attendance")
                .then().statusCode(422).body("errors[0].field", equalTo("organisationId"));
        as("school-admin").body(Map.of("organisationId", RIVERSIDE_COLLEGE)).post(path + "/attendance")
                .then().statusCode(201);
        as("association-rep").body(Map.of("organisationId", NOVA_MANUFACTURING)).post(path + "/attendance")
                .then().statusCode(403);

        as("secretariat").post(path + "/close").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:minutes-missing"));

        int version = as("enterprise-rep").body(Map.of("text", "Draft: internship bases agreed in principle."))
                .put(path + "/minutes").then().statusCode(200)
                .body("minutes.text", equalTo("Draft: internship bases agreed in principle."),
                        "minutes.final", equalTo(false))
                .extract().path("version");
        as("association-rep").body(Map.of("text", "Not the secretary")).put(path + "/minutes")
                .then().statusCode(403);
        as("secretariat").body(Map.of("text", "Stale edit", "version", version - 1)).put(path + "/minutes")
                .then().statusCode(409).body("type", equalTo("urn:helix:problem:stale-version"));
        as("secretariat").header("If-Match", "\"" + (version - 1) + "\"").body(Map.of("text", "Stale edit"))
                .put(path + "/minutes").then().statusCode(409);
        as("secretariat").header("If-Match", "\"" + version + "\"")
                .body(Map.of("text", "Internship bases agreed: Nova hosts 20 students."))
                .put(path + "/minutes").then().statusCode(200);

        as("secretariat").post(path + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"), "closedAt", notNullValue(),
                        "attendance.organisationId", containsInAnyOrder(NOVA_MANUFACTURING.toString(),
                                RIVERSIDE_COLLEGE.toString()));
        as("secretariat").post(path + "/close").then().statusCode(409);
        as("secretariat").post(path + "/start").then().statusCode(409);
        as("secretariat").post(path + "/cancel").then().statusCode(409);
        as("secretariat").body(Map.of("organisationId", INDUSTRY_ASSOCIATION)).post(path + "/attendance")
                .then().statusCode(409);

        // minutes may still be corrected after closing, until they are final
        as("enterprise-rep").body(Map.of("text", "Internship bases agreed: Nova hosts 24 students."))
                .put(path + "/minutes").then().statusCode(200);
        as("association-rep").post(path + "/minutes/final").then().statusCode(403);
        as("school-admin").post(path + "/minutes/final").then().statusCode(200)
                .body("minutes.final", equalTo(true), "minutes.finalisedAt", notNullValue());

        as("secretariat").body(Map.of("text", "Rewritten history")).put(path + "/minutes").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:minutes-final"));
        as("admin").post(path + "/minutes/final").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:minutes-final"));
        as("student").get(path).then().statusCode(200)
                .body("minutes.text", equalTo("Internship bases agreed: Nova hosts 24 students."));

        as("admin").queryParam("resourceType", "Meeting").queryParam("resourceId", meeting)
                .get("/api/governance/audit").then().statusCode(200)
                .body("items.action", contains("finalise-minutes", "write-minutes", "close", "write-minutes",
                        "write-minutes", "record-attendance", "record-attendance", "start", "schedule"));
    }

    @Test
    void aCancelledMeetingStaysCancelled() {
        SittingCommittee committee = committee();
        String path = MEETINGS + committee.scheduleMeeting("PUBLIC");
        as("secretariat").post(path + "/close").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:illegal-transition"));
        as("secretariat").post(path + "/minutes/final").then().statusCode(409);
        as("secretariat").body(Map.of("reason", "Venue flooded")).post(path + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"), "cancellationReason", equalTo("Venue flooded"));
        as("secretariat").post(path + "/cancel").then().statusCode(409);
        as("secretariat").post(path + "/start").then().statusCode(409);
        as("secretariat").post(path + "/close").then().statusCode(409);
        as("secretariat").body(Map.of("text", "x")).put(path + "/minutes").then().statusCode(409);
        as("secretariat").post(path + "/minutes/final").then().statusCode(409);
    }

    @Test
    void schedulingRulesAre422NamingTheField() {
        SittingCommittee committee = committee();
        Map<String, Object> endsFirst = meetingBody("PUBLIC");
        endsFirst.put("endsAt", "2031-03-01T09:00:00Z");
        rejects(committee, endsFirst, 422, "endsAt");
        Map<String, Object> nowhere = meetingBody("PUBLIC");
        nowhere.remove("location");
        rejects(committee, nowhere, 422, "location");
        Map<String, Object> tooLong = meetingBody("PUBLIC");
        tooLong.put("agenda", List.of(Map.of("title", "Everything", "durationMinutes", 181)));
        rejects(committee, tooLong, 422, "agenda");
        Map<String, Object> noDuration = meetingBody("PUBLIC");
        noDuration.put("agenda", List.of(Map.of("title", "Nothing", "durationMinutes", 0)));
        as("secretariat").body(noDuration).post(committee.meetings()).then().statusCode(400)
                .body("errors.field", hasItem(containsString("durationMinutes")));
        Map<String, Object> badKind = meetingBody("PUBLIC");
        badKind.put("kind", "PARTY");
        rejects(committee, badKind, 400, "kind");

        Map<String, Object> online = meetingBody("MEMBERS");
        online.remove("location");
        online.put("link", "https://meet.helix.example/plenary");
        online.put("agenda", List.of());
        as("secretariat").body(online).post(committee.meetings()).then().statusCode(201)
                .body("link", equalTo("https://meet.helix.example/plenary"), "location", equalTo(null),
                        "agenda", hasSize(0));
        as("secretariat").body(meetingBody("PUBLIC")).post("/api/governance/committees/" + UUID.randomUUID()
                + "/meetings").then().statusCode(404);
        as("secretariat").get(MEETINGS + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void schedulingHonoursTheIdempotencyKey() {
        SittingCommittee committee = committee();
        Map<String, Object> body = meetingBody("PUBLIC");
        String key = UUID.randomUUID().toString();
        String first = as("secretariat").header("Idempotency-Key", key).body(body).post(committee.meetings())
                .then().statusCode(201).extract().path("id");
        as("secretariat").header("Idempotency-Key", key).body(body).post(committee.meetings())
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        as("secretariat").get(committee.meetings()).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aMembersMeetingIsNotFoundForOutsiders() {
        SittingCommittee committee = committee();
        UUID hidden = committee.scheduleMeeting("MEMBERS");
        UUID open = committee.scheduleMeeting("PUBLIC");

        as("funder").get(MEETINGS + hidden).then().statusCode(404)
                .body("type", equalTo("urn:helix:problem:not-found"));
        as("school-admin-2").get(MEETINGS + hidden).then().statusCode(404);
        as("funder").get(MEETINGS + open).then().statusCode(200);
        // visibility follows the organisation, whatever the member's role
        as("teacher").get(MEETINGS + hidden).then().statusCode(200);
        as("enterprise-rep").get(MEETINGS + hidden).then().statusCode(200);
        as("secretariat").get(MEETINGS + hidden).then().statusCode(200);
        as("admin").get(MEETINGS + hidden).then().statusCode(200);

        as("funder").get(committee.meetings()).then().statusCode(200)
                .body("total", equalTo(1), "items.id", contains(open.toString()));
        as("student").get(committee.meetings()).then().statusCode(200).body("total", equalTo(2));
        as("secretariat").queryParam("status", "SCHEDULED").get(committee.meetings()).then().statusCode(200)
                .body("total", equalTo(2), "items.id", hasItem(hidden.toString()));
        as("secretariat").queryParam("status", "CLOSED").get(committee.meetings()).then().statusCode(200)
                .body("total", equalTo(0));
        // what an outsider cannot see it cannot act on either
        as("secretariat").post(MEETINGS + hidden + "/start").then().statusCode(200);
        as("funder").body(Map.of("organisationId", DEVELOPMENT_BANK)).post(MEETINGS + hidden + "/attendance")
                .then().statusCode(404);
        as("funder").body(Map.of("text", "x")).put(MEETINGS + hidden + "/minutes").then().statusCode(404);
    }

    @Test
    void onlyTheSecretariatRunsMeetings() {
        SittingCommittee committee = committee();
        for (String user : List.of("school-admin", "enterprise-rep", "gov-officer", "teacher")) {
            as(user).body(meetingBody("PUBLIC")).post(committee.meetings()).then().statusCode(403);
        }
        as("admin").body(meetingBody("PUBLIC")).post(committee.meetings()).then().statusCode(201);
        String path = MEETINGS + committee.scheduleMeeting("PUBLIC");
        as("school-admin").post(path + "/start").then().statusCode(403);
        as("school-admin").post(path + "/cancel").then().statusCode(403);
        as("admin").post(path + "/start").then().statusCode(200);
        as("teacher").body(Map.of("organisationId", RIVERSIDE_COLLEGE)).post(path + "/attendance")
                .then().statusCode(403);
        as("teacher").body(Map.of("text", "x")).put(path + "/minutes").then().statusCode(403);
        as("admin").body(Map.of("text", "Minutes by admin")).put(path + "/minutes").then().statusCode(200);
        as("enterprise-rep").post(path + "/close").then().statusCode(403);
        as("admin").post(path + "/close").then().statusCode(200);
        as("enterprise-rep").post(path + "/minutes/final").then().statusCode(200);
    }

    @Test
    void meetingEventsMatchTheirSchemas() {
        SittingCommittee committee = committee();
        UUID meeting = committee.meetingInSession("MEMBERS");
        as("secretariat").body(Map.of("organisationId", RIVERSIDE_COLLEGE)).post(MEETINGS + meeting + "/attendance")
                .then().statusCode(201);
        as("secretariat").body(Map.of("text", "Minutes")).put(MEETINGS + meeting + "/minutes").then().statusCode(200);
        as("secretariat").post(MEETINGS + meeting + "/close").then().statusCode(200);

        List<ConsumerRecord<String, String>> events = KafkaTestClient.forTestServers().read("helix.governance.v1",
                record -> meeting.toString().equals(record.key()), found -> found.size() >= 2,
                Duration.ofSeconds(30));

        assertEquals(List.of("helix.governance.MeetingScheduled", "helix.governance.MeetingClosed"),
                events.stream().map(e -> header(e, "ce_type")).toList());
        JsonSchemas.assertMatches(Path.of("events/MeetingScheduled.schema.json"), events.get(0).value());
        JsonSchemas.assertMatches(Path.of("events/MeetingClosed.schema.json"), events.get(1).value());
        io.vertx.core.json.JsonObject closed = new io.vertx.core.json.JsonObject(events.get(1).value());
        assertEquals(List.of(RIVERSIDE_COLLEGE.toString()), closed.getJsonArray("attendingOrganisationIds").getList());
        assertEquals(committee.id.toString(), closed.getString("committeeId"));
        io.vertx.core.json.JsonObject scheduled = new io.vertx.core.json.JsonObject(events.get(0).value());
        assertEquals(2, scheduled.getJsonArray("agenda").size());
    }

    private static void rejects(SittingCommittee committee, Map<String, Object> body, int status, String field) {
        as("secretariat").body(body).post(committee.meetings()).then().statusCode(status)
                .body("errors.field", hasItem(field));
    }
}
