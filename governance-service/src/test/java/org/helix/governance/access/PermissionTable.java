package org.helix.governance.access;

import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import static org.helix.governance.GovernanceFixtures.GOVERNMENT;
import static org.helix.governance.GovernanceFixtures.ORBIT_DIGITAL;
import static org.helix.governance.GovernanceFixtures.RIVERSIDE_COLLEGE;
import static org.helix.governance.GovernanceFixtures.SECRETARIAT;

/**
 * Who may do what in governance, as one table: every endpoint × caller → the status it gets. The callers are the
 * staff roles, a gov-officer, a representative of an organisation that is a party / current member ("own"), one of an
 * organisation that is not ("other"), and a non-representative (teacher). {@link PermissionMatrixTest} walks it
 * against the running service, and renders it into the README's permission matrix, so the two cannot drift.
 *
 * <p>A list cell {@code 200} means the private record is in the list; {@code 200-} that the list leaves it out.
 */
final class PermissionTable {

    /** A caller: the demo user and the organisation its token carries. */
    enum Caller {
        ADMIN("admin", "admin", SECRETARIAT),
        SECRETARIAT_STAFF("secretariat", "secretariat", SECRETARIAT),
        GOV_OFFICER("gov-officer", "gov-officer", GOVERNMENT),
        REP_OWN("representative, own organisation", "school-admin", RIVERSIDE_COLLEGE),
        REP_OTHER("representative, other organisation", "enterprise-rep-2", ORBIT_DIGITAL),
        NON_REP("teacher, expert, student", "teacher", RIVERSIDE_COLLEGE);

        final String heading;
        final String user;
        final UUID organisation;

        Caller(String heading, String user, UUID organisation) {
            this.heading = heading;
            this.user = user;
            this.organisation = organisation;
        }
    }

    /**
     * One endpoint in one situation: {@code label} as the README shows it, the request (prepared afresh for every
     * caller where the call changes state) and the expected status per {@link Caller}, in their order.
     */
    record Row(String label, String method, Function<PermissionWorld, String> path,
            BiFunction<PermissionWorld, Caller, Object> body, Function<PermissionWorld, String> listedId,
            List<String> expected) {
    }

    private PermissionTable() {
    }

    static Row row(String label, String method, Function<PermissionWorld, String> path, String... expected) {
        return new Row(label, method, path, (world, caller) -> null, null, List.of(expected));
    }

    static Row write(String label, String method, Function<PermissionWorld, String> path,
            BiFunction<PermissionWorld, Caller, Object> body, String... expected) {
        return new Row(label, method, path, body, null, List.of(expected));
    }

    /** A list that must show {@code listedId} to the callers marked {@code 200} and leave it out for {@code 200-}. */
    static Row list(String label, Function<PermissionWorld, String> path, Function<PermissionWorld, String> listedId,
            String... expected) {
        return new Row(label, "GET", path, (world, caller) -> null, listedId, List.of(expected));
    }

    static final String OK = "200";
    static final String CREATED = "201";
    static final String ACCEPTED = "202";
    static final String FORBIDDEN = "403";
    static final String NOT_FOUND = "404";
    static final String UNPROCESSABLE = "422";
    static final String LISTED = "200";
    static final String LEFT_OUT = "200-";

    static List<Row> rows() {
        String o = OK;
        String c = CREATED;
        String f = FORBIDDEN;
        String n = NOT_FOUND;
        return List.of(
                write("POST /organisations", "POST", w -> "/organisations", (w, who) -> w.newOrganisationBody(),
                        c, c, f, f, f, f),
                row("GET /organisations", "GET", w -> "/organisations", o, o, o, o, o, o),
                row("GET /organisations/{id}", "GET", w -> "/organisations/" + RIVERSIDE_COLLEGE, o, o, o, o, o, o),
                write("PUT /organisations/{id}", "PUT", w -> "/organisations/" + w.freshOrganisation(),
                        (w, who) -> w.organisationChangeBody(), o, o, f, f, f, f),
                write("POST /committees (MESO, MICRO)", "POST", w -> "/committees", (w, who) -> w.mesoBody(),
                        c, c, f, f, f, f),
                write("POST /committees (MACRO)", "POST", w -> "/committees", (w, who) -> w.macroBody(),
                        c, f, c, f, f, f),
                write("PUT /committees/{id} (MESO, MICRO)", "PUT", w -> "/committees/" + w.freshMeso(),
                        (w, who) -> w.mesoChangeBody(), o, o, f, f, f, f),
                write("PUT /committees/{id} (MACRO its organisation belongs to)", "PUT",
                        w -> "/committees/" + w.freshMacro(true), (w, who) -> w.macroChangeBody(), o, f, o, f, f, f),
                write("PUT /committees/{id} (MACRO it does not belong to)", "PUT",
                        w -> "/committees/" + w.freshMacro(false), (w, who) -> w.macroChangeBody(), o, f, f, f, f, f),
                row("GET /committees", "GET", w -> "/committees", o, o, o, o, o, o),
                row("GET /committees/{id}", "GET", w -> "/committees/" + w.meso, o, o, o, o, o, o),
                row("GET /committees/{id}/tree", "GET", w -> "/committees/" + w.macroOwn + "/tree", o, o, o, o, o, o),
                write("POST /committees/{id}/members", "POST", w -> "/committees/" + w.meso + "/members",
                        (w, who) -> w.joinBody(), c, c, f, f, f, f),
                write("POST /committees/{id}/members/{mid}/end", "POST", w -> w.freshMembershipEndPath(),
                        (w, who) -> null, o, o, f, f, f, f),
                row("GET /committees/{id}/members", "GET", w -> "/committees/" + w.meso + "/members",
                        o, o, o, o, o, o),
                write("POST /committees/{id}/regulations", "POST", w -> "/committees/" + w.meso + "/regulations",
                        (w, who) -> w.regulationBody(), c, c, f, f, f, f),
                row("GET /committees/{id}/regulations", "GET", w -> "/committees/" + w.meso + "/regulations",
                        o, o, o, o, o, o),
                row("GET /regulations/{id}", "GET", w -> "/regulations/" + w.regulation, o, o, o, o, o, o),
                write("POST /committees/{id}/meetings", "POST", w -> "/committees/" + w.meso + "/meetings",
                        (w, who) -> w.meetingBody("PUBLIC"), c, c, f, f, f, f),
                row("GET /meetings/{id} (PUBLIC)", "GET", w -> "/meetings/" + w.publicMeeting, o, o, o, o, o, o),
                row("GET /meetings/{id} (MEMBERS)", "GET", w -> "/meetings/" + w.membersMeeting, o, o, n, o, n, o),
                list("GET /committees/{id}/meetings (with a MEMBERS meeting)",
                        w -> "/committees/" + w.meso + "/meetings?size=100", w -> w.membersMeeting.toString(),
                        LISTED, LISTED, LEFT_OUT, LISTED, LEFT_OUT, LISTED),
                write("POST /meetings/{id}/start", "POST", w -> "/meetings/" + w.freshMeeting(false, false) + "/start",
                        (w, who) -> null, o, o, f, f, f, f),
                write("POST /meetings/{id}/close", "POST", w -> "/meetings/" + w.freshMeeting(true, true) + "/close",
                        (w, who) -> null, o, o, f, f, f, f),
                write("POST /meetings/{id}/cancel", "POST",
                        w -> "/meetings/" + w.freshMeeting(false, false) + "/cancel", (w, who) -> null,
                        o, o, f, f, f, f),
                write("POST /meetings/{id}/attendance (for the caller's own organisation)", "POST",
                        w -> "/meetings/" + w.freshMeeting(true, false) + "/attendance",
                        (w, who) -> w.attendBody(who), c, c, UNPROCESSABLE, c, UNPROCESSABLE, f),
                write("PUT /meetings/{id}/minutes (own = the CHAIR's organisation)", "PUT",
                        w -> "/meetings/" + w.freshMeeting(true, false) + "/minutes",
                        (w, who) -> w.minutesBody(), o, o, f, o, f, f),
                write("POST /meetings/{id}/minutes/final", "POST",
                        w -> "/meetings/" + w.freshMeeting(true, true) + "/minutes/final", (w, who) -> null,
                        o, o, f, o, f, f),
                write("POST /committees/{id}/resolutions (own = a current member)", "POST",
                        w -> "/committees/" + w.meso + "/resolutions", (w, who) -> w.proposeBody(who),
                        c, c, f, c, f, f),
                row("GET /resolutions/{id}", "GET", w -> "/resolutions/" + w.publicResolution, o, o, o, o, o, o),
                row("GET /resolutions/{id} (proposed at a MEMBERS meeting)", "GET",
                        w -> "/resolutions/" + w.membersResolution, o, o, n, o, n, o),
                list("GET /committees/{id}/resolutions (with one of a MEMBERS meeting)",
                        w -> "/committees/" + w.meso + "/resolutions?size=100", w -> w.membersResolution.toString(),
                        LISTED, LISTED, LEFT_OUT, LISTED, LEFT_OUT, LISTED),
                write("POST /resolutions/{id}/voting/open", "POST",
                        w -> "/resolutions/" + w.freshResolution(false) + "/voting/open", (w, who) -> null,
                        o, o, f, f, f, f),
                write("POST /resolutions/{id}/voting/close", "POST",
                        w -> "/resolutions/" + w.freshResolution(true) + "/voting/close", (w, who) -> null,
                        o, o, f, f, f, f),
                write("POST /resolutions/{id}/votes (own = a current member)", "POST",
                        w -> "/resolutions/" + w.freshResolution(true) + "/votes", (w, who) -> w.voteBody(),
                        c, f, f, c, f, f),
                write("POST /resolutions/{id}/votes (proposed at a MEMBERS meeting)", "POST",
                        w -> "/resolutions/" + w.freshMembersVotingResolution() + "/votes", (w, who) -> w.voteBody(),
                        c, f, n, c, n, f),
                write("POST /resolutions/{id}/actions", "POST", w -> "/resolutions/" + w.adoptedResolution + "/actions",
                        (w, who) -> w.actionBody(), c, c, f, f, f, f),
                row("GET /resolutions/{id}/actions", "GET", w -> "/resolutions/" + w.adoptedResolution + "/actions",
                        o, o, o, o, o, o),
                row("GET /resolutions/{id}/actions (of a MEMBERS meeting)", "GET",
                        w -> "/resolutions/" + w.membersAdoptedResolution + "/actions", o, o, n, o, n, o),
                row("GET /actions/{id}", "GET", w -> "/actions/" + w.publicAction, o, o, o, o, o, o),
                row("GET /actions/{id} (of a MEMBERS meeting)", "GET", w -> "/actions/" + w.membersAction,
                        o, o, n, o, n, o),
                write("PATCH /actions/{id} (own = the assignee)", "PATCH", w -> "/actions/" + w.freshAction(),
                        (w, who) -> w.actionChangeBody(), o, o, f, o, f, f),
                write("POST /committees/{id}/problems (own = a current member)", "POST",
                        w -> "/committees/" + w.meso + "/problems", (w, who) -> w.problemBody(who),
                        c, c, f, c, f, f),
                row("GET /committees/{id}/problems", "GET", w -> "/committees/" + w.meso + "/problems",
                        o, o, o, o, o, o),
                row("GET /problems/{id}", "GET", w -> "/problems/" + w.problem, o, o, o, o, o, o),
                write("POST /problems/{id}/escalate (own = a member where it sits)", "POST",
                        w -> "/problems/" + w.freshProblem() + "/escalate", (w, who) -> null, o, o, f, o, f, f),
                write("POST /problems/{id}/resolve (own = a member where it sits)", "POST",
                        w -> "/problems/" + w.freshProblem() + "/resolve", (w, who) -> w.resolveBody(),
                        o, o, f, o, f, f),
                write("POST /agreements (own = a party)", "POST", w -> "/agreements",
                        (w, who) -> w.agreementBody(), c, c, f, c, f, f),
                list("GET /agreements (own = a party)", w -> "/agreements?size=100", w -> w.agreement.toString(),
                        LISTED, LISTED, LEFT_OUT, LISTED, LEFT_OUT, f),
                list("GET /agreements?party={a party} (own = a party)",
                        w -> "/agreements?size=100&party=" + RIVERSIDE_COLLEGE, w -> w.agreement.toString(),
                        LISTED, LISTED, LEFT_OUT, LISTED, LEFT_OUT, f),
                row("GET /agreements/{id} (own = a party)", "GET", w -> "/agreements/" + w.agreement,
                        o, o, n, o, n, f),
                write("PUT /agreements/{id} (own = a party)", "PUT", w -> "/agreements/" + w.freshAgreement(false),
                        (w, who) -> w.agreementChangeBody(), o, o, n, o, n, f),
                write("POST /agreements/{id}/signatures (own = a party)", "POST",
                        w -> "/agreements/" + w.freshAgreement(false) + "/signatures", (w, who) -> null,
                        f, f, n, o, n, f),
                write("POST /agreements/{id}/terminate (own = a party)", "POST",
                        w -> "/agreements/" + w.freshAgreement(true) + "/terminate", (w, who) -> w.terminateBody(),
                        o, o, n, o, n, f),
                row("GET /audit", "GET", w -> "/audit", o, o, f, f, f, f),
                row("GET /dashboard", "GET", w -> "/dashboard", o, o, o, o, o, o),
                row("GET /dashboard/metrics", "GET", w -> "/dashboard/metrics", o, o, o, o, o, o),
                write("POST /dashboard/rebuild", "POST", w -> "/dashboard/rebuild", (w, who) -> null,
                        ACCEPTED, f, f, f, f, f),
                row("GET /dashboard/rebuild", "GET", w -> "/dashboard/rebuild", o, o, f, f, f, f),
                write("POST /admin/dead-letters/replay", "POST", w -> "/admin/dead-letters/replay",
                        (w, who) -> null, o, f, f, f, f, f),
                row("GET /admin/correlations/{id}", "GET", w -> "/admin/correlations/some-request",
                        o, f, f, f, f, f));
    }
}
