package org.helix.governance.meeting;

import org.helix.governance.GovernanceFixtures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.helix.governance.GovernanceFixtures.as;

/**
 * A fresh MACRO committee with the member organisations a meeting or resolution test needs, built through the real
 * API, and shortcuts to schedule its meetings and propose its resolutions.
 */
public final class SittingCommittee {

    public static final String MEETINGS = "/api/governance/meetings/";
    public static final String RESOLUTIONS = "/api/governance/resolutions/";
    public static final String ACTIONS = "/api/governance/actions/";

    public final UUID id;

    private SittingCommittee(UUID id) {
        this.id = id;
    }

    /** {@code organisationsAndPositions}: organisation id, position, organisation id, position, ... */
    public static SittingCommittee with(Object... organisationsAndPositions) {
        GovernanceFixtures.demoOrganisations();
        SittingCommittee committee = new SittingCommittee(GovernanceFixtures.macro(GovernanceFixtures.unique("Sitting")));
        for (int i = 0; i < organisationsAndPositions.length; i += 2) {
            GovernanceFixtures.join(committee.id, (UUID) organisationsAndPositions[i],
                    (String) organisationsAndPositions[i + 1]);
        }
        return committee;
    }

    public String meetings() {
        return "/api/governance/committees/" + id + "/meetings";
    }

    public String resolutions() {
        return "/api/governance/committees/" + id + "/resolutions";
    }

    /** A valid meeting body: three hours on 1 March 2031, in a room, with a two-item agenda. */
    public static Map<String, Object> meetingBody(String visibility) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "PLENARY");
        body.put("title", GovernanceFixtures.unique("Plenary"));
        body.put("startsAt", "2031-03-01T09:00:00Z");
        body.put("endsAt", "2031-03-01T12:00:00Z");
        body.put("location", "Riverside hall B");
        body.put("visibility", visibility);
        body.put("agenda", List.of(Map.of("title", "Opening", "durationMinutes", 15),
                Map.of("title", "Internship bases 2031", "durationMinutes", 90)));
        return body;
    }

    public UUID scheduleMeeting(String visibility) {
        return UUID.fromString(as("secretariat").body(meetingBody(visibility)).post(meetings())
                .then().statusCode(201).extract().path("id"));
    }

    /** A meeting in session. */
    public UUID meetingInSession(String visibility) {
        UUID meeting = scheduleMeeting(visibility);
        as("secretariat").post(MEETINGS + meeting + "/start").then().statusCode(200);
        return meeting;
    }

    public static Map<String, Object> resolutionBody(String kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", GovernanceFixtures.unique("Resolution"));
        body.put("text", "The committee resolves to act.");
        body.put("kind", kind);
        return body;
    }

    /** A GENERAL resolution proposed by {@code user} (a representative of a member organisation). */
    public UUID propose(String user) {
        return UUID.fromString(as(user).body(resolutionBody("GENERAL")).post(resolutions())
                .then().statusCode(201).extract().path("id"));
    }

    /** A GENERAL resolution whose ballot is open. */
    public UUID resolutionInVoting(String proposer) {
        UUID resolution = propose(proposer);
        as("secretariat").post(RESOLUTIONS + resolution + "/voting/open").then().statusCode(200);
        return resolution;
    }

    public static void vote(UUID resolution, String user, String choice) {
        as(user).body(Map.of("choice", choice)).post(RESOLUTIONS + resolution + "/votes").then().statusCode(201);
    }
}
