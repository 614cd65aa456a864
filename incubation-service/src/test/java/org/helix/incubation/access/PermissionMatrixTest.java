package org.helix.incubation.access;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.OpenApiConformance;
import org.helix.platform.testing.PermissionMatrix;
import org.helix.platform.testing.PermissionMatrix.Caller;
import org.helix.platform.testing.PermissionMatrix.Row;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.helix.incubation.IncubationFixtures.API;
import static org.helix.incubation.IncubationFixtures.GOVERNMENT;
import static org.helix.incubation.IncubationFixtures.LAKESIDE_POLYTECHNIC;
import static org.helix.incubation.IncubationFixtures.NOVA_MANUFACTURING;
import static org.helix.incubation.IncubationFixtures.RIVERSIDE_COLLEGE;
import static org.helix.incubation.IncubationFixtures.as;
import static org.helix.incubation.IncubationFixtures.assignMentor;
import static org.helix.incubation.IncubationFixtures.incubating;
import static org.helix.incubation.IncubationFixtures.reviewerProfile;
import static org.helix.incubation.IncubationFixtures.screening;
import static org.helix.incubation.IncubationFixtures.screeningWithPanel;
import static org.helix.incubation.IncubationFixtures.seatOnPanel;
import static org.helix.incubation.IncubationFixtures.subjectOf;
import static org.helix.incubation.IncubationFixtures.submission;
import static org.helix.incubation.IncubationFixtures.submitted;
import static org.helix.incubation.IncubationFixtures.talentProfile;
import static org.helix.incubation.IncubationFixtures.unique;
import static org.helix.platform.testing.PermissionMatrix.LEFT_OUT;
import static org.helix.platform.testing.PermissionMatrix.LISTED;
import static org.helix.platform.testing.PermissionMatrix.callers;
import static org.helix.platform.testing.PermissionMatrix.fresh;
import static org.helix.platform.testing.PermissionMatrix.list;
import static org.helix.platform.testing.PermissionMatrix.row;
import static org.helix.platform.testing.PermissionMatrix.shows;

/**
 * Who may do what, as one table: endpoint × caller → status, walked against the running service; every operation of
 * the service's OpenAPI document has at least one row (the test fails naming an operation without one, so a new
 * endpoint cannot be left out). The world: an INCUBATING project of the demo student at Riverside (the "project"),
 * mentored by the demo expert (an ACTIVE part-time teaching appointment), with a month of impact metrics and a service
 * request to the Provincial Department of Education (the gov-officer's organisation, the provider); a SCREENING
 * project of the student with the demo teacher on its screening panel; a training event organised by Riverside's
 * school-admin with the student registered. "school rep" is Riverside's school-admin, "other school's rep"
 * Lakeside's. A list cell {@code 200} means the record is in the list (for the impact report: Riverside's figures are
 * in it), {@code 200-} that the answer leaves it out. The table is rendered into the README's permission matrix and
 * checked against it, so the two cannot drift.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "incubation"))
class PermissionMatrixTest {

    /** The callers, in the table's column order: heading and demo user. */
    private static final List<Caller> CALLERS = callers(
            "admin", "admin", "secretariat", "secretariat", "school rep (school-admin)", "school-admin",
            "other school's rep", "school-admin-2", "team lead (student)", "student",
            "assigned mentor (expert, not on the panel)", "expert", "teacher (on the panel, not a mentor)", "teacher",
            "funder", "funder", "provider (gov-officer)", "gov-officer");

    private final String sector = "Matrix-" + UUID.randomUUID().toString().substring(0, 8);
    private UUID project;
    private UUID screeningProject;
    private UUID teacherProfile;
    private String milestone;
    private String request;
    private String space;
    private String event;
    private String registration;

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() {
        project = incubating(sector);
        assignMentor(project, talentProfile("EXPERT", NOVA_MANUFACTURING, subjectOf("expert"), true));
        // a teacher of Riverside to assign in the rows (its first assignment shows it is known here)
        teacherProfile = talentProfile("TEACHER", RIVERSIDE_COLLEGE, null, false);
        assignMentor(incubating(), teacherProfile);
        milestone = as("student").body(Map.of("title", unique("Milestone"), "dueDate",
                LocalDate.now().plusDays(30).toString())).post(API + "/projects/" + project + "/milestones").then()
                .statusCode(201).extract().path("id");
        as("student").body(Map.of("revenue", "120.00", "currency", "CNY", "jobs", 2, "customers", 9))
                .put(API + "/projects/" + project + "/metrics/" + YearMonth.now()).then().statusCode(200);
        request = freshRequest();
        screeningProject = screening(sector);
        seatOnPanel(screeningProject, reviewerProfile("teacher"));
        // the expert's profile reaches this service through talent's topic: seated once here (waiting for it), so the
        // panel rows below find it known
        seatOnPanel(screening(sector), reviewerProfile("expert"));
        space = as("admin").body(Map.of("name", unique("Hot desks"), "kind", "DESK", "capacity", 1000))
                .post(API + "/park/spaces").then().statusCode(201).extract().path("id");
        event = freshEvent();
        registration = as("student").post(API + "/training-events/" + event + "/registrations").then()
                .statusCode(201).extract().path("id");

        new PermissionMatrix(API, CALLERS, rows())
                .assertHolds(OpenApiConformance.load("/q/openapi?format=json"), Path.of("README.md"));
    }

    private List<Row> rows() {
        String o = "200";
        String c = "201";
        String d = "204";
        String f = "403";
        String n = "404";
        String u = "422";
        String l = LISTED;
        String x = LEFT_OUT;
        String lead = subjectOf("student");
        String riverside = RIVERSIDE_COLLEGE.toString();
        return List.of(
                row("GET /organisations/{id}", () -> "/organisations/" + riverside, o, o, o, o, o, o, o, o, o),
                row("GET /projects/{id}", () -> "/projects/" + project, o, o, o, n, o, o, n, o, n),
                list("GET /projects (with it)", () -> "/projects?size=100&sector=" + sector
                        + "&status=INCUBATING", () -> project.toString(), l, l, l, x, l, l, x, l, x),
                row("GET /projects/{id} (SCREENING, the teacher on its panel)", () -> "/projects/" + screeningProject,
                        o, o, o, n, o, n, o, n, n),
                list("GET /projects (with the SCREENING one)", () -> "/projects?size=100&sector="
                        + sector + "&status=SCREENING", () -> screeningProject.toString(), l, l, l, x, l, x, l, x, x),
                row("POST /projects (Riverside, lead: the student)", () -> "/projects",
                        who -> submission(RIVERSIDE_COLLEGE, lead), c, c, c, f, c, f, f, f, f),
                row("POST /projects (Lakeside, as a student of Riverside)", () -> "/projects",
                        who -> submission(LAKESIDE_POLYTECHNIC, lead), c, c, f, c, u, f, f, f, f),
                row("PUT /projects/{id} (SUBMITTED)", fresh(() -> "/projects/" + submitted()),
                        who -> withVersion(submission(RIVERSIDE_COLLEGE, null), 0), o, o, o, n, o, n, n, n, n),
                row("POST /projects/{id}/screening", fresh(() -> "/projects/" + submitted() + "/screening"), o, o, o,
                        n, f, n, n, n, n),
                row("GET /projects/{id}/reviews (SCREENING)", () -> "/projects/" + screeningProject + "/reviews", o, o,
                        o, n, o, n, o, n, n),
                row("POST /projects/{id}/reviews (SCREENING, the teacher on its panel)",
                        fresh(() -> "/projects/" + screeningWithPanel("teacher") + "/reviews"),
                        who -> Map.of("innovation", 4, "feasibility", 3, "market", 4, "team", 5), f, f, f, n, f, n, c,
                        n, n),
                row("POST /projects/{id}/admission (override)",
                        fresh(() -> "/projects/" + screeningWithPanel("teacher") + "/admission"),
                        who -> Map.of("overrideReason", "Strategic for the region"), o, f, f, n, f, n, f, n, n),
                row("POST /projects/{id}/decline (SCREENING)",
                        fresh(() -> "/projects/" + screeningWithPanel("teacher") + "/decline"),
                        who -> Map.of("reason", "Not feasible yet"), o, o, o, n, f, n, f, n, n),
                row("POST /projects/{id}/graduate (another, INCUBATING)",
                        fresh(() -> "/projects/" + incubating() + "/graduate"), o, o, o, n, f, n, n, f, n),
                row("POST /projects/{id}/discontinue (another, INCUBATING)",
                        fresh(() -> "/projects/" + incubating() + "/discontinue"),
                        who -> Map.of("reason", "The team split up"), o, o, o, n, f, n, n, f, n),
                row("GET /projects/{id}/panel (SCREENING)", () -> "/projects/" + screeningProject + "/panel", o, o, o,
                        n, o, n, o, n, n),
                row("POST /projects/{id}/panel (another, SCREENING)",
                        fresh(() -> "/projects/" + screening() + "/panel"),
                        who -> Map.of("profileId", reviewerProfile("expert")), c, c, c, n, f, n, n, n, n),
                row("DELETE /projects/{id}/panel/{seat} (the teacher's, not reviewed)", fresh(this::teacherSeat), d, d,
                        d, n, f, n, f, n, n),
                row("GET /projects/{id}/mentors", () -> "/projects/" + project + "/mentors", o, o, o, n, o, o, n, o, n),
                row("POST /projects/{id}/mentors (another, a Riverside teacher)",
                        fresh(() -> "/projects/" + incubating() + "/mentors"), who -> Map.of("profileId",
                        teacherProfile), c, c, c, n, f, n, n, f, n),
                row("POST /projects/{id}/mentors/{id}/release (another)", fresh(this::freshMentorship), o, o, o, n, f,
                        n, n, f, n),
                row("GET /projects/{id}/milestones", () -> "/projects/" + project + "/milestones", o, o, o, n, o, o, n,
                        o, n),
                row("POST /projects/{id}/milestones", () -> "/projects/" + project + "/milestones",
                        who -> Map.of("title", "Pilot customer signed",
                                "dueDate", LocalDate.now().plusDays(60).toString()), c, c, c, n, c, f, n, f, n),
                row("GET /projects/{id}/milestones/{id}", () -> "/projects/" + project + "/milestones/" + milestone, o,
                        o, o, n, o, o, n, o, n),
                row("POST /projects/{id}/milestones/{id}/evidence",
                        fresh(() -> "/projects/" + project + "/milestones/" + freshMilestone() + "/evidence"),
                        who -> Map.of("evidence", "Signed letter of intent", "version", 0), o, o, o, n, o, f, n, f, n),
                row("POST /projects/{id}/milestones/{id}/verification (with evidence)",
                        fresh(() -> "/projects/" + project + "/milestones/" + milestoneWithEvidence()
                                + "/verification"), f, f, f, n, f, o, n, f, n),
                row("GET /milestones/overdue", () -> "/milestones/overdue", o, o, o, o, o, o, o, o, o),
                row("GET /projects/{id}/funding", () -> "/projects/" + project + "/funding", o, o, o, n, o, o, n, o, n),
                row("GET /projects/{id}/allocations", () -> "/projects/" + project + "/allocations", o, o, o, n, o, o,
                        n, o, n),
                row("GET /projects/{id}/metrics", () -> "/projects/" + project + "/metrics", o, o, o, n, o, o, n, o, n),
                row("PUT /projects/{id}/metrics/{month} (another)",
                        fresh(() -> "/projects/" + incubating() + "/metrics/" + YearMonth.now()),
                        who -> Map.of("revenue", "100.00", "currency", "CNY", "jobs", 1, "customers", 2), o, o, o, n,
                        o, n, n, f, n),
                shows("GET /reports/impact (with Riverside's figures)",
                        () -> "/reports/impact?size=100&sector=" + sector,
                        response -> response.jsonPath().getList("rows.items.schoolId").contains(riverside), l, l, l, x,
                        x, x, x, x, l),
                row("POST /service-requests (to the provider)", () -> "/service-requests",
                        who -> requestBody(), c, c, c, n, c, f, n, f, n),
                list("GET /service-requests (with it)", () -> "/service-requests?size=100"
                        + "&project=" + project, () -> request, l, l, l, x, l, x, x, x, l),
                row("GET /service-requests/overdue", () -> "/service-requests/overdue", o, o, o, o, o, o, o, o, o),
                row("GET /service-requests/{id}", () -> "/service-requests/" + request, o, o, o, n, o, n, n, n, o),
                row("POST /service-requests/{id}/accept",
                        fresh(() -> "/service-requests/" + freshRequest() + "/accept"), who -> Map.of("version", 0), o,
                        o, f, n, f, n, n, n, o),
                row("POST /service-requests/{id}/complete (ACCEPTED)",
                        fresh(() -> "/service-requests/" + acceptedRequest() + "/complete"),
                        who -> Map.of("outcome", "Company registered", "version", 1), o, o, f, n, f, n, n, n, o),
                row("POST /service-requests/{id}/decline",
                        fresh(() -> "/service-requests/" + freshRequest() + "/decline"),
                        who -> Map.of("reason", "Out of our remit", "version", 0), o, o, f, n, f, n, n, n, o),
                row("POST /park/spaces", () -> "/park/spaces",
                        who -> Map.of("name", unique("Office"), "kind", "OFFICE", "capacity", 2), c, c, f, f, f, f, f,
                        f, f),
                row("GET /park/spaces", () -> "/park/spaces", o, o, o, o, o, o, o, o, o),
                row("GET /park/spaces/{id}", () -> "/park/spaces/" + space, o, o, o, o, o, o, o, o, o),
                row("POST /park/spaces/{id}/allocations (INCUBATING)", () -> "/park/spaces/" + space + "/allocations",
                        who -> Map.of("projectId", incubating()), c, c, f, f, f, f, f, f, f),
                row("POST /park/allocations/{id}/release",
                        fresh(() -> "/park/allocations/" + freshAllocation() + "/release"), o, o, f, f, f, f, f, f, f),
                row("POST /training-events", () -> "/training-events", who -> Map.of("title",
                        unique("Pitch clinic"), "kind", "WORKSHOP", "startsAt", Instant.now().plus(3, ChronoUnit.DAYS)
                                .toString(), "capacity", 30), c, c, c, c, f, f, f, f, f),
                row("GET /training-events", () -> "/training-events", o, o, o, o, o, o, o, o, o),
                row("GET /training-events/{id}", () -> "/training-events/" + event, o, o, o, o, o, o, o, o, o),
                row("POST /training-events/{id}/registrations",
                        fresh(() -> "/training-events/" + freshEvent() + "/registrations"), c, c, c, c, c, c, c, c, c),
                row("GET /training-events/{id}/registrations (organised by the school rep)",
                        () -> "/training-events/" + event + "/registrations", o, o, o, f, f, f, f, f, f),
                row("POST /training-events/{id}/registrations/{id}/cancel (the student's)",
                        fresh(this::studentsRegistration), o, o, o, n, o, n, n, n, n),
                list("GET /training-registrations (with the student's)", () -> "/training-registrations?size=100",
                        () -> registration, x, x, x, x, l, x, x, x, x),
                row("GET /audit", () -> "/audit", o, o, f, f, f, f, f, f, f),
                row("POST /admin/dead-letters/replay", () -> "/admin/dead-letters/replay", o, f, f, f, f, f, f, f, f),
                row("GET /admin/correlations/{id}", () -> "/admin/correlations/some-request", o, f, f, f, f, f, f, f,
                        f));
    }

    private String freshMilestone() {
        return as("student").body(Map.of("title", unique("Milestone"), "dueDate",
                LocalDate.now().plusDays(30).toString())).post(API + "/projects/" + project + "/milestones").then()
                .statusCode(201).extract().path("id");
    }

    private String milestoneWithEvidence() {
        String id = freshMilestone();
        as("student").body(Map.of("evidence", "Signed letter of intent", "version", 0))
                .post(API + "/projects/" + project + "/milestones/" + id + "/evidence").then().statusCode(200);
        return id;
    }

    /** The path of a fresh SCREENING project's seat of the demo teacher. */
    private String teacherSeat() {
        UUID screened = screening();
        return "/projects/" + screened + "/panel/" + seatOnPanel(screened, reviewerProfile("teacher"));
    }

    /** The release path of a fresh INCUBATING project's mentor (a Riverside teacher of its own, under the cap). */
    private String freshMentorship() {
        UUID incubating = incubating();
        UUID mentorship = assignMentor(incubating, talentProfile("TEACHER", RIVERSIDE_COLLEGE, null, false));
        return "/projects/" + incubating + "/mentors/" + mentorship + "/release";
    }

    private String freshAllocation() {
        return as("secretariat").body(Map.of("projectId", incubating())).post(API + "/park/spaces/" + space
                + "/allocations").then().statusCode(201).extract().path("id");
    }

    /** A training event in a week organised by Riverside's school-admin. */
    private String freshEvent() {
        return as("school-admin").body(Map.of("title", unique("Pitch clinic"), "kind", "WORKSHOP", "startsAt",
                Instant.now().plus(7, ChronoUnit.DAYS).toString(), "capacity", 50)).post(API + "/training-events")
                .then().statusCode(201).extract().path("id");
    }

    /** The cancel path of the student's registration for a fresh event. */
    private String studentsRegistration() {
        String fresh = freshEvent();
        String id = as("student").post(API + "/training-events/" + fresh + "/registrations").then().statusCode(201)
                .extract().path("id");
        return "/training-events/" + fresh + "/registrations/" + id + "/cancel";
    }

    private Map<String, Object> requestBody() {
        return Map.of("projectId", project, "kind", "BUSINESS_REGISTRATION", "providerOrganisationId", GOVERNMENT,
                "description", "Register the company");
    }

    private String freshRequest() {
        return as("student").body(requestBody()).post(API + "/service-requests").then().statusCode(201).extract()
                .path("id");
    }

    private String acceptedRequest() {
        String id = freshRequest();
        as("gov-officer").body(Map.of("version", 0)).post(API + "/service-requests/" + id + "/accept").then()
                .statusCode(200);
        return id;
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("version", version);
        return copy;
    }
}
