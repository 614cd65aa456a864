package org.helix.governance.resolution;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.governance.GovernanceServers;
import org.helix.governance.meeting.SittingCommittee;
import org.helix.platform.testing.JsonSchemas;
import org.helix.platform.testing.KafkaTestClient;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.helix.governance.GovernanceFixtures.DEVELOPMENT_BANK;
import static org.helix.governance.GovernanceFixtures.INDUSTRY_ASSOCIATION;
import static org.helix.governance.GovernanceFixtures.LAKESIDE_POLYTECHNIC;
import static org.helix.governance.GovernanceFixtures.NOVA_MANUFACTURING;
import static org.helix.governance.GovernanceFixtures.ORBIT_DIGITAL;
import static org.helix.governance.GovernanceFixtures.RIVERSIDE_COLLEGE;
import static org.helix.governance.GovernanceFixtures.as;
import static org.helix.governance.meeting.SittingCommittee.RESOLUTIONS;
import static org.helix.governance.meeting.SittingCommittee.resolutionBody;
import static org.helix.governance.meeting.SittingCommittee.vote;
import static org.helix.platform.testing.KafkaTestClient.header;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@GovernanceServers
class ResolutionApiTest {

    /** Three members: quorum 2 (more than half). */
    private static SittingCommittee threeMembers() {
        return SittingCommittee.with(RIVERSIDE_COLLEGE, "CHAIR", NOVA_MANUFACTURING, "MEMBER",
                INDUSTRY_ASSOCIATION, "SECRETARY");
    }

    /** Four members: quorum 3. Riverside (school-admin), Nova (enterprise-rep), Lakeside (school-admin-2), Orbit (enterprise-rep-2). */
    private static SittingCommittee fourMembers() {
        return SittingCommittee.with(RIVERSIDE_COLLEGE, "CHAIR", NOVA_MANUFACTURING, "MEMBER",
                LAKESIDE_POLYTECHNIC, "MEMBER", ORBIT_DIGITAL, "MEMBER");
    }

    @Test
    void aResolutionIsProposedVotedOnAndAdopted() {
        SittingCommittee committee = threeMembers();
        UUID resolution = UUID.fromString(as("school-admin").body(resolutionBody("PLAN"))
                .post(committee.resolutions()).then().statusCode(201)
                .body("status", equalTo("PROPOSED"), "proposingOrganisationId", equalTo(RIVERSIDE_COLLEGE.toString()),
                        "committeeId", equalTo(committee.id.toString()), "votesCast", equalTo(0),
                        "tally", equalTo(null), "progress.total", equalTo(0))
                .extract().path("id"));
        String path = RESOLUTIONS + resolution;

        as("enterprise-rep").body(Map.of("choice", "FOR")).post(path + "/votes").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:illegal-transition"));
        as("secretariat").post(path + "/voting/close").then().statusCode(409);
        as("secretariat").post(path + "/voting/open").then().statusCode(200)
                .body("status", equalTo("VOTING"), "votingOpenedAt", notNullValue());
        as("admin").post(path + "/voting/open").then().statusCode(409);

        as("school-admin").body(Map.of("choice", "FOR")).post(path + "/votes").then().statusCode(201)
                .body("organisationId", equalTo(RIVERSIDE_COLLEGE.toString()), "choice", equalTo("FOR"));
        as("enterprise-rep").body(Map.of("choice", "AGAINST")).post(path + "/votes").then().statusCode(201);
        as("enterprise-rep").body(Map.of("choice", "FOR")).post(path + "/votes").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:already-voted"));
        as("association-rep").body(Map.of("choice", "FOR")).post(path + "/votes").then().statusCode(201);

        // the split stays hidden while the ballot is open: only the number of votes cast shows, for everyone
        for (String user : List.of("secretariat", "admin", "school-admin", "student")) {
            as(user).get(path).then().statusCode(200)
                    .body("votesCast", equalTo(3), "tally", equalTo(null), "status", equalTo("VOTING"));
            as(user).get(committee.resolutions()).then().statusCode(200)
                    .body("items[0].tally", equalTo(null));
        }
        as("admin").queryParam("resourceType", "Resolution").queryParam("resourceId", resolution)
                .get("/api/governance/audit").then().statusCode(200)
                .body("items.action", contains("vote", "vote", "vote", "open-voting", "propose"),
                        "items[0].after.organisationId", notNullValue(), "items[0].after", not(org.hamcrest.Matchers.hasKey("choice")));

        as("secretariat").post(path + "/voting/close").then().statusCode(200)
                .body("status", equalTo("ADOPTED"), "decidedAt", notNullValue(),
                        "tally.for", equalTo(2), "tally.against", equalTo(1), "tally.abstain", equalTo(0),
                        "tally.cast", equalTo(3), "tally.quorum", equalTo(2), "tally.currentMembers", equalTo(3));
        as("teacher").get(path).then().statusCode(200).body("tally.for", equalTo(2));
        as("secretariat").post(path + "/voting/close").then().statusCode(409);
        as("secretariat").post(path + "/voting/open").then().statusCode(409);
        as("association-rep").body(Map.of("choice", "FOR")).post(path + "/votes").then().statusCode(409);

        as("student").queryParam("status", "ADOPTED").get(committee.resolutions()).then().statusCode(200)
                .body("total", equalTo(1), "items[0].id", equalTo(resolution.toString()));
        as("student").queryParam("status", "PROPOSED").get(committee.resolutions()).then().statusCode(200)
                .body("total", equalTo(0));
        as("student").get(RESOLUTIONS + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void exactlyHalfForIsRejected() {
        SittingCommittee committee = fourMembers();
        UUID resolution = committee.resolutionInVoting("school-admin");
        vote(resolution, "school-admin", "FOR");
        vote(resolution, "enterprise-rep", "FOR");
        vote(resolution, "school-admin-2", "AGAINST");
        vote(resolution, "enterprise-rep-2", "AGAINST");
        as("secretariat").post(RESOLUTIONS + resolution + "/voting/close").then().statusCode(200)
                .body("status", equalTo("REJECTED"), "tally.for", equalTo(2), "tally.cast", equalTo(4),
                        "tally.quorum", equalTo(3));
    }

    @Test
    void withoutAQuorumEvenAUnanimousBallotIsRejected() {
        SittingCommittee committee = fourMembers();
        UUID resolution = committee.resolutionInVoting("school-admin");
        vote(resolution, "school-admin", "FOR");
        vote(resolution, "enterprise-rep", "FOR");
        as("admin").post(RESOLUTIONS + resolution + "/voting/close").then().statusCode(200)
                .body("status", equalTo("REJECTED"), "tally.cast", equalTo(2), "tally.quorum", equalTo(3));
    }

    @Test
    void quorumReachedAndMoreThanHalfForIsAdopted() {
        SittingCommittee committee = fourMembers();
        UUID resolution = committee.resolutionInVoting("enterprise-rep-2");
        vote(resolution, "school-admin", "FOR");
        vote(resolution, "enterprise-rep", "FOR");
        vote(resolution, "school-admin-2", "ABSTAIN");
        as("secretariat").post(RESOLUTIONS + resolution + "/voting/close").then().statusCode(200)
                .body("status", equalTo("ADOPTED"), "tally.for", equalTo(2), "tally.abstain", equalTo(1),
                        "tally.cast", equalTo(3), "tally.quorum", equalTo(3));
    }

    @Test
    void concurrentVotesOfOneOrganisationCountOnce() throws Exception {
        SittingCommittee committee = threeMembers();
        UUID resolution = committee.resolutionInVoting("school-admin");
        String token = Tokens.user("enterprise-rep");
        int parallel = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                String choice = i % 2 == 0 ? "FOR" : "AGAINST";
                Callable<Integer> voteOnce = () -> {
                    start.await();
                    Response response = io.restassured.RestAssured.given().auth().oauth2(token)
                            .contentType("application/json").body(Map.of("choice", choice))
                            .post(RESOLUTIONS + resolution + "/votes");
                    return response.statusCode();
                };
                answers.add(pool.submit(voteOnce));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses " + statuses);
            assertEquals(parallel - 1, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
        } finally {
            pool.shutdownNow();
        }
        as("secretariat").get(RESOLUTIONS + resolution).then().statusCode(200).body("votesCast", equalTo(1));
    }

    @Test
    void onlyCurrentMembersProposeAndVoteForThemselves() {
        SittingCommittee committee = threeMembers();
        as("funder").body(resolutionBody("GENERAL")).post(committee.resolutions()).then().statusCode(403);
        as("teacher").body(resolutionBody("GENERAL")).post(committee.resolutions()).then().statusCode(403);
        Map<String, Object> forSomeoneElse = resolutionBody("GENERAL");
        forSomeoneElse.put("proposingOrganisationId", NOVA_MANUFACTURING);
        as("school-admin").body(forSomeoneElse).post(committee.resolutions()).then().statusCode(403);
        // the secretariat's own organisation is no member here: it must name the proposing member
        as("secretariat").body(resolutionBody("GENERAL")).post(committee.resolutions()).then().statusCode(422)
                .body("errors[0].field", equalTo("proposingOrganisationId"));
        Map<String, Object> outsider = resolutionBody("GENERAL");
        outsider.put("proposingOrganisationId", DEVELOPMENT_BANK);
        as("secretariat").body(outsider).post(committee.resolutions()).then().statusCode(422)
                .body("errors[0].field", equalTo("proposingOrganisationId"));
        UUID resolution = UUID.fromString(as("secretariat").body(forSomeoneElse).post(committee.resolutions())
                .then().statusCode(201).body("proposingOrganisationId", equalTo(NOVA_MANUFACTURING.toString()))
                .extract().path("id"));
        as("enterprise-rep").post(RESOLUTIONS + resolution + "/voting/open").then().statusCode(403);
        as("admin").post(RESOLUTIONS + resolution + "/voting/open").then().statusCode(200);

        String votes = RESOLUTIONS + resolution + "/votes";
        as("funder").body(Map.of("choice", "FOR")).post(votes).then().statusCode(403)
                .body("type", equalTo("urn:helix:problem:forbidden"));
        as("school-admin-2").body(Map.of("choice", "FOR")).post(votes).then().statusCode(403);
        as("teacher").body(Map.of("choice", "FOR")).post(votes).then().statusCode(403);
        as("secretariat").body(Map.of("choice", "FOR")).post(votes).then().statusCode(403);
        as("admin").body(Map.of("choice", "FOR")).post(votes).then().statusCode(403);
        as("association-rep").body(Map.of("choice", "MAYBE")).post(votes).then().statusCode(400);
        as("association-rep").body(Map.of("choice", "ABSTAIN")).post(votes).then().statusCode(201);
        as("school-admin").post(RESOLUTIONS + resolution + "/voting/close").then().statusCode(403);
        as("secretariat").get(RESOLUTIONS + resolution).then().body("votesCast", equalTo(1));
    }

    @Test
    void aCurriculumRevisionNamesItsSchoolAndCourse() {
        SittingCommittee committee = threeMembers();
        Map<String, Object> noSchool = resolutionBody("CURRICULUM_REVISION");
        noSchool.put("courseOrProgramme", "CNC machining");
        rejects(committee, noSchool, "schoolId");
        Map<String, Object> noCourse = resolutionBody("CURRICULUM_REVISION");
        noCourse.put("schoolId", RIVERSIDE_COLLEGE);
        noCourse.put("courseOrProgramme", "  ");
        rejects(committee, noCourse, "courseOrProgramme");
        Map<String, Object> notASchool = resolutionBody("CURRICULUM_REVISION");
        notASchool.put("schoolId", NOVA_MANUFACTURING);
        notASchool.put("courseOrProgramme", "CNC machining");
        rejects(committee, notASchool, "schoolId");
        Map<String, Object> unknownSchool = new java.util.HashMap<>(notASchool);
        unknownSchool.put("schoolId", UUID.randomUUID());
        rejects(committee, unknownSchool, "schoolId");
        Map<String, Object> foreignMeeting = new java.util.HashMap<>(notASchool);
        foreignMeeting.put("schoolId", RIVERSIDE_COLLEGE);
        foreignMeeting.put("meetingId", threeMembers().scheduleMeeting("PUBLIC"));
        rejects(committee, foreignMeeting, "meetingId");

        UUID meeting = committee.scheduleMeeting("PUBLIC");
        Map<String, Object> revision = resolutionBody("CURRICULUM_REVISION");
        revision.put("schoolId", RIVERSIDE_COLLEGE);
        revision.put("courseOrProgramme", "CNC machining");
        revision.put("meetingId", meeting);
        String key = UUID.randomUUID().toString();
        String id = as("enterprise-rep").header("Idempotency-Key", key).body(revision).post(committee.resolutions())
                .then().statusCode(201).body("schoolId", equalTo(RIVERSIDE_COLLEGE.toString()),
                        "courseOrProgramme", equalTo("CNC machining"), "meetingId", equalTo(meeting.toString()))
                .extract().path("id");
        as("enterprise-rep").header("Idempotency-Key", key).body(revision).post(committee.resolutions())
                .then().statusCode(201).body("id", equalTo(id));
        as("student").get(committee.resolutions()).then().body("total", equalTo(1));
    }

    @Test
    void decisionEventsMatchTheirSchemas() {
        SittingCommittee committee = threeMembers();
        Map<String, Object> revision = resolutionBody("CURRICULUM_REVISION");
        revision.put("schoolId", RIVERSIDE_COLLEGE);
        revision.put("courseOrProgramme", "Industrial robotics programme");
        UUID adopted = UUID.fromString(as("association-rep").body(revision).post(committee.resolutions())
                .then().statusCode(201).extract().path("id"));
        as("secretariat").post(RESOLUTIONS + adopted + "/voting/open").then().statusCode(200);
        vote(adopted, "school-admin", "FOR");
        vote(adopted, "enterprise-rep", "FOR");
        as("secretariat").post(RESOLUTIONS + adopted + "/voting/close").then().statusCode(200)
                .body("status", equalTo("ADOPTED"));
        UUID rejected = committee.resolutionInVoting("school-admin");
        vote(rejected, "school-admin", "FOR");
        as("secretariat").post(RESOLUTIONS + rejected + "/voting/close").then().statusCode(200)
                .body("status", equalTo("REJECTED"));

        ConsumerRecord<String, String> adoptedEvent = onlyEventOf(adopted);
        assertEquals("helix.governance.ResolutionAdopted", header(adoptedEvent, "ce_type"));
        JsonSchemas.assertMatches(Path.of("events/ResolutionAdopted.schema.json"), adoptedEvent.value());
        io.vertx.core.json.JsonObject data = new io.vertx.core.json.JsonObject(adoptedEvent.value());
        assertEquals("CURRICULUM_REVISION", data.getString("kind"));
        assertEquals("MACRO", data.getString("tier"));
        assertEquals(RIVERSIDE_COLLEGE.toString(), data.getString("schoolId"));
        assertEquals("Industrial robotics programme", data.getString("courseOrProgramme"));
        assertEquals(2, data.getJsonObject("tally").getInteger("for"));

        ConsumerRecord<String, String> rejectedEvent = onlyEventOf(rejected);
        assertEquals("helix.governance.ResolutionRejected", header(rejectedEvent, "ce_type"));
        JsonSchemas.assertMatches(Path.of("events/ResolutionRejected.schema.json"), rejectedEvent.value());
        assertEquals("NO_QUORUM", new io.vertx.core.json.JsonObject(rejectedEvent.value()).getString("reason"));
    }

    @Test
    void aFundingRecommendationNamesItsCallsAndResolutionAdoptedCarriesThem() {
        SittingCommittee committee = threeMembers();
        // only a FUNDING_RECOMMENDATION names calls, at most 20 of them
        Map<String, Object> policy = resolutionBody("POLICY");
        policy.put("callIds", List.of(UUID.randomUUID()));
        rejects(committee, policy, "callIds");
        Map<String, Object> tooMany = resolutionBody("FUNDING_RECOMMENDATION");
        tooMany.put("callIds", java.util.stream.Stream.generate(UUID::randomUUID).limit(21).toList());
        as("school-admin").body(tooMany).post(committee.resolutions()).then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("callIds")));
        Map<String, Object> notAnId = resolutionBody("FUNDING_RECOMMENDATION");
        notAnId.put("callIds", List.of("call-7"));
        as("school-admin").body(notAnId).post(committee.resolutions()).then().statusCode(400);

        // twenty named, the first twice: nineteen kept, in order
        List<UUID> calls = java.util.stream.Stream.generate(UUID::randomUUID).limit(20).toList();
        List<Object> named = new ArrayList<>(calls);
        named.add(1, calls.get(0));
        named.remove(named.size() - 1);
        Map<String, Object> recommendation = resolutionBody("FUNDING_RECOMMENDATION");
        recommendation.put("callIds", named);
        List<String> expected = calls.subList(0, 19).stream().map(UUID::toString).toList();
        UUID adopted = UUID.fromString(as("school-admin").body(recommendation).post(committee.resolutions())
                .then().statusCode(201).body("callIds", equalTo(expected)).extract().path("id"));
        as("student").get(RESOLUTIONS + adopted).then().statusCode(200).body("callIds", equalTo(expected));
        as("secretariat").post(RESOLUTIONS + adopted + "/voting/open").then().statusCode(200);
        vote(adopted, "school-admin", "FOR");
        vote(adopted, "enterprise-rep", "FOR");
        as("secretariat").post(RESOLUTIONS + adopted + "/voting/close").then().statusCode(200)
                .body("status", equalTo("ADOPTED"));
        // a resolution of another kind names none
        as("student").get(RESOLUTIONS + committee.propose("school-admin")).then().body("callIds", equalTo(List.of()));

        ConsumerRecord<String, String> event = onlyEventOf(adopted);
        JsonSchemas.assertMatches(Path.of("events/ResolutionAdopted.schema.json"), event.value());
        io.vertx.core.json.JsonObject data = new io.vertx.core.json.JsonObject(event.value());
        assertEquals("FUNDING_RECOMMENDATION", data.getString("kind"));
        assertEquals(expected, data.getJsonArray("callIds").getList());
    }

    private static ConsumerRecord<String, String> onlyEventOf(UUID resolution) {
        List<ConsumerRecord<String, String>> events = KafkaTestClient.forTestServers().read("helix.governance.v1",
                record -> resolution.toString().equals(record.key()), found -> !found.isEmpty(),
                Duration.ofSeconds(30));
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static void rejects(SittingCommittee committee, Map<String, Object> body, String field) {
        as("school-admin").body(body).post(committee.resolutions()).then().statusCode(422)
                .body("errors.field", contains(field));
    }
}
