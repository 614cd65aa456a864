package org.helix.governance.access;

import org.helix.platform.testing.PermissionMatrix;
import org.helix.platform.testing.PermissionMatrix.Row;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.helix.governance.GovernanceFixtures.GOVERNMENT;
import static org.helix.governance.GovernanceFixtures.ORBIT_DIGITAL;
import static org.helix.governance.GovernanceFixtures.RIVERSIDE_COLLEGE;
import static org.helix.governance.GovernanceFixtures.SECRETARIAT;
import static org.helix.platform.testing.PermissionMatrix.LEFT_OUT;
import static org.helix.platform.testing.PermissionMatrix.LISTED;
import static org.helix.platform.testing.PermissionMatrix.fresh;
import static org.helix.platform.testing.PermissionMatrix.list;
import static org.helix.platform.testing.PermissionMatrix.row;

/**
 * Who may do what in governance, as one table: every endpoint × caller → the status it gets. The callers are the
 * staff roles, a gov-officer, a representative of an organisation that is a party / current member ("own"), one of an
 * organisation that is not ("other"), and a non-representative (teacher). {@link PermissionMatrixTest} walks it
 * against the running service with the platform's {@link PermissionMatrix}, and checks the README's permission matrix
 * is it rendered, so the two cannot drift.
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

        static Caller of(PermissionMatrix.Caller column) {
            return Arrays.stream(values()).filter(caller -> caller.user.equals(column.user())).findFirst()
                    .orElseThrow();
        }
    }

    /** The columns of the table, in the order of {@link Caller}. */
    static final List<PermissionMatrix.Caller> CALLERS = Arrays.stream(Caller.values())
            .map(caller -> new PermissionMatrix.Caller(caller.heading, caller.user)).toList();

    /** How the README shows it (older than the engine's plain style, kept as the README has it). */
    static final PermissionMatrix.Style STYLE = new PermissionMatrix.Style("endpoint (under `/api/governance`)", true,
            "200, left out");

    private PermissionTable() {
    }

    static final String OK = "200";
    static final String CREATED = "201";
    static final String ACCEPTED = "202";
    static final String FORBIDDEN = "403";
    static final String NOT_FOUND = "404";
    static final String UNPROCESSABLE = "422";

    /** The rows, whose requests are prepared in {@code w} when the table is walked. */
    static List<Row> rows(PermissionWorld w) {
        String o = OK;
        String c = CREATED;
        String f = FORBIDDEN;
        String n = NOT_FOUND;
        return List.of(
                row("POST /organisations", () -> "/organisations", who -> w.newOrganisationBody(),
                        c, c, f, f, f, f),
                row("GET /organisations", () -> "/organisations", o, o, o, o, o, o),
                row("GET /organisations/{id}", () -> "/organisations/" + RIVERSIDE_COLLEGE, o, o, o, o, o, o),
                row("PUT /organisations/{id}", fresh(() -> "/organisations/" + w.freshOrganisation()),
                        who -> w.organisationChangeBody(), o, o, f, f, f, f),
                row("POST /committees (MESO, MICRO)", () -> "/committees", who -> w.mesoBody(),
                        c, c, f, f, f, f),
                row("POST /committees (MACRO)", () -> "/committees", who -> w.macroBody(),
                        c, f, c, f, f, f),
                row("PUT /committees/{id} (MESO, MICRO)", fresh(() -> "/committees/" + w.freshMeso()),
                        who -> w.mesoChangeBody(), o, o, f, f, f, f),
                row("PUT /committees/{id} (MACRO its organisation belongs to)",
                        fresh(() -> "/committees/" + w.freshMacro(true)), who -> w.macroChangeBody(), o, f, o, f, f, f),
                row("PUT /committees/{id} (MACRO it does not belong to)",
                        fresh(() -> "/committees/" + w.freshMacro(false)), who -> w.macroChangeBody(), o, f, f, f, f,
                        f),
                row("GET /committees", () -> "/committees", o, o, o, o, o, o),
                row("GET /committees/{id}", () -> "/committees/" + w.meso, o, o, o, o, o, o),
                row("GET /committees/{id}/tree", () -> "/committees/" + w.macroOwn + "/tree", o, o, o, o, o, o),
                row("POST /committees/{id}/members", () -> "/committees/" + w.meso + "/members",
                        who -> w.joinBody(), c, c, f, f, f, f),
                row("POST /committees/{id}/members/{mid}/end", fresh(w::freshMembershipEndPath),
                        o, o, f, f, f, f),
                row("GET /committees/{id}/members", () -> "/committees/" + w.meso + "/members",
                        o, o, o, o, o, o),
                row("POST /committees/{id}/regulations", () -> "/committees/" + w.meso + "/regulations",
                        who -> w.regulationBody(), c, c, f, f, f, f),
                row("GET /committees/{id}/regulations", () -> "/committees/" + w.meso + "/regulations",
                        o, o, o, o, o, o),
                row("GET /regulations/{id}", () -> "/regulations/" + w.regulation, o, o, o, o, o, o),
                row("POST /committees/{id}/meetings", () -> "/committees/" + w.meso + "/meetings",
                        who -> w.meetingBody("PUBLIC"), c, c, f, f, f, f),
                row("GET /meetings/{id} (PUBLIC)", () -> "/meetings/" + w.publicMeeting, o, o, o, o, o, o),
                row("GET /meetings/{id} (MEMBERS)", () -> "/meetings/" + w.membersMeeting, o, o, n, o, n, o),
                list("GET /committees/{id}/meetings (with a MEMBERS meeting)",
                        () -> "/committees/" + w.meso + "/meetings?size=100", () -> w.membersMeeting.toString(),
                        LISTED, LISTED, LEFT_OUT, LISTED, LEFT_OUT, LISTED),
                row("POST /meetings/{id}/start", fresh(() -> "/meetings/" + w.freshMeeting(false, false) + "/start"),
                        o, o, f, f, f, f),
                row("POST /meetings/{id}/close", fresh(() -> "/meetings/" + w.freshMeeting(true, true) + "/close"),
                        o, o, f, f, f, f),
                row("POST /meetings/{id}/cancel", fresh(() -> "/meetings/" + w.freshMeeting(false, false) + "/cancel"),
                        o, o, f, f, f, f),
                row("POST /meetings/{id}/attendance (for the caller's own organisation)",
                        fresh(() -> "/meetings/" + w.freshMeeting(true, false) + "/attendance"),
                        who -> w.attendBody(Caller.of(who)), c, c, UNPROCESSABLE, c, UNPROCESSABLE, f),
                row("PUT /meetings/{id}/minutes (own = the CHAIR's organisation)",
                        fresh(() -> "/meetings/" + w.freshMeeting(true, false) + "/minutes"),
                        who -> w.minutesBody(), o, o, f, o, f, f),
                row("POST /meetings/{id}/minutes/final", fresh(() -> "/meetings/" + w.freshMeeting(true,
                        true) + "/minutes/final"),
                        o, o, f, o, f, f),
                row("POST /committees/{id}/resolutions (own = a current member)",
                        () -> "/committees/" + w.meso + "/resolutions", who -> w.proposeBody(Caller.of(who)),
                        c, c, f, c, f, f),
                row("GET /resolutions/{id}", () -> "/resolutions/" + w.publicResolution, o, o, o, o, o, o),
                row("GET /resolutions/{id} (proposed at a MEMBERS meeting)",
                        () -> "/resolutions/" + w.membersResolution, o, o, n, o, n, o),
                list("GET /committees/{id}/resolutions (with one of a MEMBERS meeting)",
                        () -> "/committees/" + w.meso + "/resolutions?size=100", () -> w.membersResolution.toString(),
                        LISTED, LISTED, LEFT_OUT, LISTED, LEFT_OUT, LISTED),
                row("POST /resolutions/{id}/voting/open",
                        fresh(() -> "/resolutions/" + w.freshResolution(false) + "/voting/open"),
                        o, o, f, f, f, f),
                row("POST /resolutions/{id}/voting/close",
                        fresh(() -> "/resolutions/" + w.freshResolution(true) + "/voting/close"),
                        o, o, f, f, f, f),
                row("POST /resolutions/{id}/votes (own = a current member)",
                        fresh(() -> "/resolutions/" + w.freshResolution(true) + "/votes"), who -> w.voteBody(),
                        c, f, f, c, f, f),
                row("POST /resolutions/{id}/votes (proposed at a MEMBERS meeting)",
                        fresh(() -> "/resolutions/" + w.freshMembersVotingResolution() + "/votes"), who -> w.voteBody(),
                        c, f, n, c, n, f),
                row("POST /resolutions/{id}/actions", () -> "/resolutions/" + w.adoptedResolution + "/actions",
                        who -> w.actionBody(), c, c, f, f, f, f),
                row("GET /resolutions/{id}/actions", () -> "/resolutions/" + w.adoptedResolution + "/actions",
                        o, o, o, o, o, o),
                row("GET /resolutions/{id}/actions (of a MEMBERS meeting)",
                        () -> "/resolutions/" + w.membersAdoptedResolution + "/actions", o, o, n, o, n, o),
                row("GET /actions/{id}", () -> "/actions/" + w.publicAction, o, o, o, o, o, o),
                row("GET /actions/{id} (of a MEMBERS meeting)", () -> "/actions/" + w.membersAction,
                        o, o, n, o, n, o),
                row("PATCH /actions/{id} (own = the assignee)", fresh(() -> "/actions/" + w.freshAction()),
                        who -> w.actionChangeBody(), o, o, f, o, f, f),
                row("POST /committees/{id}/problems (own = a current member)",
                        () -> "/committees/" + w.meso + "/problems", who -> w.problemBody(Caller.of(who)),
                        c, c, f, c, f, f),
                row("GET /committees/{id}/problems", () -> "/committees/" + w.meso + "/problems",
                        o, o, o, o, o, o),
                row("GET /problems/{id}", () -> "/problems/" + w.problem, o, o, o, o, o, o),
                row("POST /problems/{id}/escalate (own = a member where it sits)",
                        fresh(() -> "/problems/" + w.freshProblem() + "/escalate"), o, o, f, o, f, f),
                row("POST /problems/{id}/resolve (own = a member where it sits)",
                        fresh(() -> "/problems/" + w.freshProblem() + "/resolve"), who -> w.resolveBody(),
                        o, o, f, o, f, f),
                row("POST /agreements (own = a party)", () -> "/agreements",
                        who -> w.agreementBody(), c, c, f, c, f, f),
                list("GET /agreements (own = a party)", () -> "/agreements?size=100", () -> w.agreement.toString(),
                        LISTED, LISTED, LEFT_OUT, LISTED, LEFT_OUT, f),
                list("GET /agreements?party={a party} (own = a party)",
                        () -> "/agreements?size=100&party=" + RIVERSIDE_COLLEGE, () -> w.agreement.toString(),
                        LISTED, LISTED, LEFT_OUT, LISTED, LEFT_OUT, f),
                row("GET /agreements/{id} (own = a party)", () -> "/agreements/" + w.agreement,
                        o, o, n, o, n, f),
                row("PUT /agreements/{id} (own = a party)", fresh(() -> "/agreements/" + w.freshAgreement(false)),
                        who -> w.agreementChangeBody(), o, o, n, o, n, f),
                row("POST /agreements/{id}/signatures (own = a party)",
                        fresh(() -> "/agreements/" + w.freshAgreement(false) + "/signatures"),
                        f, f, n, o, n, f),
                row("POST /agreements/{id}/terminate (own = a party)",
                        fresh(() -> "/agreements/" + w.freshAgreement(true) + "/terminate"), who -> w.terminateBody(),
                        o, o, n, o, n, f),
                row("GET /audit", () -> "/audit", o, o, f, f, f, f),
                row("GET /dashboard", () -> "/dashboard", o, o, o, o, o, o),
                row("GET /dashboard/metrics", () -> "/dashboard/metrics", o, o, o, o, o, o),
                row("POST /dashboard/rebuild", () -> "/dashboard/rebuild",
                        ACCEPTED, f, f, f, f, f),
                row("GET /dashboard/rebuild", () -> "/dashboard/rebuild", o, o, f, f, f, f),
                row("POST /admin/dead-letters/replay", () -> "/admin/dead-letters/replay",
                        o, f, f, f, f, f),
                row("GET /admin/correlations/{id}", () -> "/admin/correlations/some-request",
                        o, f, f, f, f, f));
    }
}
