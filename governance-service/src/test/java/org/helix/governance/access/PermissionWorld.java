package org.helix.governance.access;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.helix.governance.GovernanceFixtures.GOVERNMENT;
import static org.helix.governance.GovernanceFixtures.NOVA_MANUFACTURING;
import static org.helix.governance.GovernanceFixtures.RIVERSIDE_COLLEGE;
import static org.helix.governance.GovernanceFixtures.SECRETARIAT;
import static org.helix.governance.GovernanceFixtures.as;
import static org.helix.governance.GovernanceFixtures.demoOrganisations;
import static org.helix.governance.GovernanceFixtures.join;
import static org.helix.governance.GovernanceFixtures.macro;
import static org.helix.governance.GovernanceFixtures.meso;
import static org.helix.governance.GovernanceFixtures.unique;

/**
 * The records the permission table is walked against, made through the API as the secretariat: a MACRO committee
 * the gov-officer's organisation belongs to (and one it does not), a MESO alliance under it whose current members are
 * Riverside (CHAIR), Nova and the secretariat's organisation — never Orbit or the government — with a PUBLIC and a
 * MEMBERS meeting, resolutions of both, an adopted one with an action, a problem and an agreement between Riverside
 * and Nova. Writes that change state get a fresh record per call from the {@code fresh…} methods.
 */
final class PermissionWorld {

    private static final String API = "/api/governance";

    final UUID macroOwn;
    final UUID macroOther;
    final UUID meso;
    final UUID regulation;
    final UUID publicMeeting;
    final UUID membersMeeting;
    final UUID publicResolution;
    final UUID membersResolution;
    final UUID adoptedResolution;
    final UUID membersAdoptedResolution;
    final UUID publicAction;
    final UUID membersAction;
    final UUID problem;
    final UUID agreement;

    PermissionWorld() {
        demoOrganisations();
        macroOwn = macro(unique("Permission MACRO"));
        join(macroOwn, GOVERNMENT, "CHAIR");
        macroOther = macro(unique("Permission MACRO elsewhere"));
        meso = meso(unique("Permission alliance"), macroOwn, "testing");
        join(meso, RIVERSIDE_COLLEGE, "CHAIR");
        join(meso, NOVA_MANUFACTURING, "MEMBER");
        join(meso, SECRETARIAT, "MEMBER");
        regulation = created(as("secretariat").body(regulationBody()).post(API + "/committees/" + meso + "/regulations")
                .then().statusCode(201).extract().path("id"));
        publicMeeting = meeting("PUBLIC");
        membersMeeting = meeting("MEMBERS");
        publicResolution = propose(null);
        membersResolution = propose(membersMeeting);
        adoptedResolution = adopted(null);
        membersAdoptedResolution = adopted(membersMeeting);
        publicAction = action(adoptedResolution);
        membersAction = action(membersAdoptedResolution);
        problem = freshProblem();
        agreement = freshAgreement(false);
    }

    Map<String, Object> newOrganisationBody() {
        return Map.of("name", unique("Permission Org"), "type", "ENTERPRISE");
    }

    Map<String, Object> organisationChangeBody() {
        return Map.of("name", unique("Permission Org renamed"), "type", "ENTERPRISE", "version", 0);
    }

    UUID freshOrganisation() {
        return created(as("secretariat").body(newOrganisationBody()).post(API + "/organisations")
                .then().statusCode(201).extract().path("id"));
    }

    Map<String, Object> mesoBody() {
        return Map.of("name", unique("Permission MESO"), "tier", "MESO", "parentId", macroOwn, "industry", "testing");
    }

    Map<String, Object> mesoChangeBody() {
        Map<String, Object> body = new HashMap<>(mesoBody());
        body.put("version", 0);
        return body;
    }

    UUID freshMeso() {
        return created(as("secretariat").body(mesoBody()).post(API + "/committees")
                .then().statusCode(201).extract().path("id"));
    }

    Map<String, Object> macroBody() {
        return Map.of("name", unique("Permission MACRO"), "tier", "MACRO");
    }

    Map<String, Object> macroChangeBody() {
        return Map.of("name", unique("Permission MACRO renamed"), "tier", "MACRO", "version", 0);
    }

    /** A MACRO committee; with {@code governmentMember} the gov-officer's organisation belongs to it. */
    UUID freshMacro(boolean governmentMember) {
        UUID committee = macro(unique("Permission MACRO"));
        if (governmentMember) {
            join(committee, GOVERNMENT, "MEMBER");
        }
        return committee;
    }

    Map<String, Object> joinBody() {
        return Map.of("organisationId", freshOrganisation(), "position", "MEMBER");
    }

    String freshMembershipEndPath() {
        UUID membership = join(meso, freshOrganisation(), "MEMBER");
        return "/committees/" + meso + "/members/" + membership + "/end";
    }

    Map<String, Object> regulationBody() {
        return Map.of("title", unique("Internship rules"), "body", "Every intern has a mentor.",
                "effectiveFrom", "2030-01-01");
    }

    Map<String, Object> meetingBody(String visibility) {
        return org.helix.governance.meeting.SittingCommittee.meetingBody(visibility);
    }

    private UUID meeting(String visibility) {
        return created(as("secretariat").body(meetingBody(visibility)).post(API + "/committees/" + meso + "/meetings")
                .then().statusCode(201).extract().path("id"));
    }

    /** A PUBLIC meeting: scheduled, or in session (and with draft minutes). */
    UUID freshMeeting(boolean inSession, boolean withMinutes) {
        UUID meeting = meeting("PUBLIC");
        if (inSession) {
            as("secretariat").post(API + "/meetings/" + meeting + "/start").then().statusCode(200);
        }
        if (withMinutes) {
            as("secretariat").body(minutesBody()).put(API + "/meetings/" + meeting + "/minutes").then().statusCode(200);
        }
        return meeting;
    }

    Map<String, Object> attendBody(PermissionTable.Caller caller) {
        UUID organisation = caller == PermissionTable.Caller.ADMIN
                || caller == PermissionTable.Caller.SECRETARIAT_STAFF ? RIVERSIDE_COLLEGE : caller.organisation;
        return Map.of("organisationId", organisation);
    }

    Map<String, Object> minutesBody() {
        return Map.of("text", "Opened at nine; the plan was discussed.");
    }

    Map<String, Object> proposeBody(PermissionTable.Caller caller) {
        Map<String, Object> body = new HashMap<>(Map.of("title", unique("Resolution"), "text", "We resolve.",
                "kind", "POLICY"));
        if (caller == PermissionTable.Caller.ADMIN || caller == PermissionTable.Caller.SECRETARIAT_STAFF) {
            body.put("proposingOrganisationId", RIVERSIDE_COLLEGE);
        }
        return body;
    }

    private UUID propose(UUID meeting) {
        Map<String, Object> body = proposeBody(PermissionTable.Caller.REP_OWN);
        if (meeting != null) {
            body.put("meetingId", meeting);
        }
        return created(as("school-admin").body(body).post(API + "/committees/" + meso + "/resolutions")
                .then().statusCode(201).extract().path("id"));
    }

    /** A resolution, proposed or with voting open. */
    UUID freshResolution(boolean voting) {
        UUID resolution = propose(null);
        if (voting) {
            as("secretariat").post(API + "/resolutions/" + resolution + "/voting/open").then().statusCode(200);
        }
        return resolution;
    }

    UUID freshMembersVotingResolution() {
        UUID resolution = propose(membersMeeting);
        as("secretariat").post(API + "/resolutions/" + resolution + "/voting/open").then().statusCode(200);
        return resolution;
    }

    Map<String, Object> voteBody() {
        return Map.of("choice", "FOR");
    }

    private UUID adopted(UUID meeting) {
        UUID resolution = propose(meeting);
        as("secretariat").post(API + "/resolutions/" + resolution + "/voting/open").then().statusCode(200);
        as("school-admin").body(voteBody()).post(API + "/resolutions/" + resolution + "/votes").then().statusCode(201);
        as("enterprise-rep").body(voteBody()).post(API + "/resolutions/" + resolution + "/votes").then()
                .statusCode(201);
        as("secretariat").post(API + "/resolutions/" + resolution + "/voting/close").then().statusCode(200);
        return resolution;
    }

    Map<String, Object> actionBody() {
        return Map.of("title", unique("Follow up"), "assigneeOrganisationId", RIVERSIDE_COLLEGE,
                "dueDate", "2031-06-30");
    }

    private UUID action(UUID resolution) {
        return created(as("secretariat").body(actionBody()).post(API + "/resolutions/" + resolution + "/actions")
                .then().statusCode(201).extract().path("id"));
    }

    UUID freshAction() {
        return action(adoptedResolution);
    }

    Map<String, Object> actionChangeBody() {
        return Map.of("status", "IN_PROGRESS");
    }

    Map<String, Object> problemBody(PermissionTable.Caller caller) {
        Map<String, Object> body = new HashMap<>(Map.of("title", unique("Problem"), "description", "Too few mentors",
                "severity", "MEDIUM"));
        if (caller == PermissionTable.Caller.ADMIN || caller == PermissionTable.Caller.SECRETARIAT_STAFF) {
            body.put("raisingOrganisationId", RIVERSIDE_COLLEGE);
        }
        return body;
    }

    UUID freshProblem() {
        return created(as("school-admin").body(problemBody(PermissionTable.Caller.REP_OWN))
                .post(API + "/committees/" + meso + "/problems").then().statusCode(201).extract().path("id"));
    }

    Map<String, Object> resolveBody() {
        return Map.of("resolutionNote", "Two more mentors assigned.");
    }

    Map<String, Object> agreementBody() {
        Map<String, Object> terms = new HashMap<>();
        terms.put("title", unique("Cooperation agreement"));
        terms.put("kind", "SCHOOL_ENTERPRISE");
        terms.put("startDate", LocalDate.now().plusYears(5).toString());
        terms.put("endDate", LocalDate.now().plusYears(8).toString());
        terms.put("parties", List.of(
                Map.of("organisationId", RIVERSIDE_COLLEGE, "riskShare", 40, "benefitShare", 50,
                        "contribution", "Teachers and rooms"),
                Map.of("organisationId", NOVA_MANUFACTURING, "riskShare", 60, "benefitShare", 50,
                        "contribution", "Machines and mentors")));
        return terms;
    }

    Map<String, Object> agreementChangeBody() {
        Map<String, Object> body = agreementBody();
        body.put("version", 0);
        return body;
    }

    /** A draft agreement between Riverside and Nova; with {@code signed} both have signed (it starts in 5 years). */
    UUID freshAgreement(boolean signed) {
        UUID id = created(as("secretariat").body(agreementBody()).post(API + "/agreements")
                .then().statusCode(201).extract().path("id"));
        if (signed) {
            as("school-admin").post(API + "/agreements/" + id + "/signatures").then().statusCode(200);
            as("enterprise-rep").post(API + "/agreements/" + id + "/signatures").then().statusCode(200);
        }
        return id;
    }

    Map<String, Object> terminateBody() {
        return Map.of("reason", "The programme ended.");
    }

    private static UUID created(Object id) {
        return UUID.fromString(id.toString());
    }
}
