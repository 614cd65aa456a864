package org.helix.incubation.access;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.OpenApiConformance;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    private static final String[][] CALLERS = {
            {"admin", "admin"}, {"secretariat", "secretariat"}, {"school rep (school-admin)", "school-admin"},
            {"other school's rep", "school-admin-2"}, {"team lead (student)", "student"},
            {"assigned mentor (expert, not on the panel)", "expert"},
            {"teacher (on the panel, not a mentor)", "teacher"}, {"funder", "funder"},
            {"provider (gov-officer)", "gov-officer"}};

    /**
     * One row: its label, the OpenAPI operation it exercises ({@code METHOD /path} under {@code /api/incubation}),
     * the call, and what each caller gets. {@code shows} (when set) tells whether a 200 answer holds the record.
     */
    private record Row(String label, String operation, Supplier<String> path, Function<String, Object> body,
            Predicate<Response> shows, List<String> expected) {

        String method() {
            return operation.substring(0, operation.indexOf(' '));
        }
    }

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
    void everyEndpointAnswersEveryCallerAsTheTableSays() throws Exception {
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

        List<Row> rows = rows();
        assertEveryOperationHasARow(rows);
        List<String> failures = new ArrayList<>();
        for (Row row : rows) {
            for (int c = 0; c < CALLERS.length; c++) {
                String user = CALLERS[c][1];
                String expected = row.expected().get(c);
                String path = row.path().get();
                RequestSpecification call = given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
                Object body = row.body().apply(path);
                if (body != null) {
                    call.body(body);
                }
                Response response = call.request(row.method(), API + path);
                if (row.path() instanceof Fresh fresh && response.statusCode() < 300) {
                    fresh.spent();
                }
                String actual = String.valueOf(response.statusCode());
                if (row.shows() != null && response.statusCode() == 200) {
                    actual = row.shows().test(response) ? "200" : "200-";
                }
                if (!expected.equals(actual)) {
                    failures.add(row.label() + " as " + CALLERS[c][0] + ": expected " + expected + ", got " + actual
                            + " " + response.asString());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));

        String table = render(rows);
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains(table), "README.md's permission matrix differs from the table; it should be:\n"
                + table);
    }

    /** Every operation the service documents has a row, and every row names a documented operation. */
    private static void assertEveryOperationHasARow(List<Row> rows) {
        Set<String> documented = OpenApiConformance.load("/q/openapi?format=json").operations(API);
        Set<String> covered = new TreeSet<>();
        rows.forEach(row -> covered.add(row.operation()));
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(covered);
        Set<String> unknown = new TreeSet<>(covered);
        unknown.removeAll(documented);
        assertTrue(missing.isEmpty() && unknown.isEmpty(), "operations without a row in the permission table: "
                + missing + "; rows naming no documented operation: " + unknown);
    }

    private List<Row> rows() {
        String o = "200";
        String c = "201";
        String d = "204";
        String f = "403";
        String n = "404";
        String u = "422";
        String l = "200";
        String x = "200-";
        String lead = subjectOf("student");
        String riverside = RIVERSIDE_COLLEGE.toString();
        return List.of(
                row("GET /organisations/{id}", "GET /organisations/{id}", () -> "/organisations/" + riverside,
                        null, List.of(o, o, o, o, o, o, o, o, o)),
                row("GET /projects/{id}", "GET /projects/{id}", () -> "/projects/" + project, null,
                        List.of(o, o, o, n, o, o, n, o, n)),
                list("GET /projects (with it)", "GET /projects", () -> "/projects?size=100&sector=" + sector
                        + "&status=INCUBATING", project.toString(), List.of(l, l, l, x, l, l, x, l, x)),
                row("GET /projects/{id} (SCREENING, the teacher on its panel)", "GET /projects/{id}",
                        () -> "/projects/" + screeningProject, null, List.of(o, o, o, n, o, n, o, n, n)),
                list("GET /projects (with the SCREENING one)", "GET /projects", () -> "/projects?size=100&sector="
                        + sector + "&status=SCREENING", screeningProject.toString(),
                        List.of(l, l, l, x, l, x, l, x, x)),
                row("POST /projects (Riverside, lead: the student)", "POST /projects", () -> "/projects",
                        p -> submission(RIVERSIDE_COLLEGE, lead), List.of(c, c, c, f, c, f, f, f, f)),
                row("POST /projects (Lakeside, as a student of Riverside)", "POST /projects", () -> "/projects",
                        p -> submission(LAKESIDE_POLYTECHNIC, lead), List.of(c, c, f, c, u, f, f, f, f)),
                row("PUT /projects/{id} (SUBMITTED)", "PUT /projects/{id}", fresh(() -> "/projects/" + submitted()),
                        p -> withVersion(submission(RIVERSIDE_COLLEGE, null), 0), List.of(o, o, o, n, o, n, n, n, n)),
                row("POST /projects/{id}/screening", "POST /projects/{id}/screening",
                        fresh(() -> "/projects/" + submitted() + "/screening"), null,
                        List.of(o, o, o, n, f, n, n, n, n)),
                row("GET /projects/{id}/reviews (SCREENING)", "GET /projects/{id}/reviews",
                        () -> "/projects/" + screeningProject + "/reviews", null, List.of(o, o, o, n, o, n, o, n, n)),
                row("POST /projects/{id}/reviews (SCREENING, the teacher on its panel)", "POST /projects/{id}/reviews",
                        fresh(() -> "/projects/" + screeningWithPanel("teacher") + "/reviews"),
                        p -> Map.of("innovation", 4, "feasibility", 3, "market", 4, "team", 5),
                        List.of(f, f, f, n, f, n, c, n, n)),
                row("POST /projects/{id}/admission (override)", "POST /projects/{id}/admission",
                        fresh(() -> "/projects/" + screeningWithPanel("teacher") + "/admission"),
                        p -> Map.of("overrideReason", "Strategic for the region"), List.of(o, f, f, n, f, n, f, n, n)),
                row("POST /projects/{id}/decline (SCREENING)", "POST /projects/{id}/decline",
                        fresh(() -> "/projects/" + screeningWithPanel("teacher") + "/decline"),
                        p -> Map.of("reason", "Not feasible yet"), List.of(o, o, o, n, f, n, f, n, n)),
                row("POST /projects/{id}/graduate (another, INCUBATING)", "POST /projects/{id}/graduate",
                        fresh(() -> "/projects/" + incubating() + "/graduate"), null,
                        List.of(o, o, o, n, f, n, n, f, n)),
                row("POST /projects/{id}/discontinue (another, INCUBATING)", "POST /projects/{id}/discontinue",
                        fresh(() -> "/projects/" + incubating() + "/discontinue"),
                        p -> Map.of("reason", "The team split up"),
                        List.of(o, o, o, n, f, n, n, f, n)),
                row("GET /projects/{id}/panel (SCREENING)", "GET /projects/{projectId}/panel",
                        () -> "/projects/" + screeningProject + "/panel", null, List.of(o, o, o, n, o, n, o, n, n)),
                row("POST /projects/{id}/panel (another, SCREENING)", "POST /projects/{projectId}/panel",
                        fresh(() -> "/projects/" + screening() + "/panel"),
                        p -> Map.of("profileId", reviewerProfile("expert")),
                        List.of(c, c, c, n, f, n, n, n, n)),
                row("DELETE /projects/{id}/panel/{seat} (the teacher's, not reviewed)",
                        "DELETE /projects/{projectId}/panel/{memberId}", fresh(this::teacherSeat), null,
                        List.of(d, d, d, n, f, n, f, n, n)),
                row("GET /projects/{id}/mentors", "GET /projects/{projectId}/mentors",
                        () -> "/projects/" + project + "/mentors", null, List.of(o, o, o, n, o, o, n, o, n)),
                row("POST /projects/{id}/mentors (another, a Riverside teacher)", "POST /projects/{projectId}/mentors",
                        fresh(() -> "/projects/" + incubating() + "/mentors"), p -> Map.of("profileId", teacherProfile),
                        List.of(c, c, c, n, f, n, n, f, n)),
                row("POST /projects/{id}/mentors/{id}/release (another)",
                        "POST /projects/{projectId}/mentors/{mentorshipId}/release", fresh(this::freshMentorship), null,
                        List.of(o, o, o, n, f, n, n, f, n)),
                row("GET /projects/{id}/milestones", "GET /projects/{projectId}/milestones",
                        () -> "/projects/" + project + "/milestones", null, List.of(o, o, o, n, o, o, n, o, n)),
                row("POST /projects/{id}/milestones", "POST /projects/{projectId}/milestones",
                        () -> "/projects/" + project + "/milestones", p -> Map.of("title", "Pilot customer signed",
                                "dueDate", LocalDate.now().plusDays(60).toString()),
                        List.of(c, c, c, n, c, f, n, f, n)),
                row("GET /projects/{id}/milestones/{id}", "GET /projects/{projectId}/milestones/{id}",
                        () -> "/projects/" + project + "/milestones/" + milestone, null,
                        List.of(o, o, o, n, o, o, n, o, n)),
                row("POST /projects/{id}/milestones/{id}/evidence",
                        "POST /projects/{projectId}/milestones/{id}/evidence",
                        fresh(() -> "/projects/" + project + "/milestones/" + freshMilestone() + "/evidence"),
                        p -> Map.of("evidence", "Signed letter of intent", "version", 0),
                        List.of(o, o, o, n, o, f, n, f, n)),
                row("POST /projects/{id}/milestones/{id}/verification (with evidence)",
                        "POST /projects/{projectId}/milestones/{id}/verification",
                        fresh(() -> "/projects/" + project + "/milestones/" + milestoneWithEvidence()
                                + "/verification"),
                        null, List.of(f, f, f, n, f, o, n, f, n)),
                row("GET /milestones/overdue", "GET /milestones/overdue", () -> "/milestones/overdue", null,
                        List.of(o, o, o, o, o, o, o, o, o)),
                row("GET /projects/{id}/funding", "GET /projects/{projectId}/funding",
                        () -> "/projects/" + project + "/funding", null, List.of(o, o, o, n, o, o, n, o, n)),
                row("GET /projects/{id}/allocations", "GET /projects/{projectId}/allocations",
                        () -> "/projects/" + project + "/allocations", null, List.of(o, o, o, n, o, o, n, o, n)),
                row("GET /projects/{id}/metrics", "GET /projects/{projectId}/metrics",
                        () -> "/projects/" + project + "/metrics", null, List.of(o, o, o, n, o, o, n, o, n)),
                row("PUT /projects/{id}/metrics/{month} (another)", "PUT /projects/{projectId}/metrics/{month}",
                        fresh(() -> "/projects/" + incubating() + "/metrics/" + YearMonth.now()),
                        p -> Map.of("revenue", "100.00", "currency", "CNY", "jobs", 1, "customers", 2),
                        List.of(o, o, o, n, o, n, n, f, n)),
                new Row("GET /reports/impact (with Riverside's figures)", "GET /reports/impact",
                        () -> "/reports/impact?size=100&sector=" + sector, p -> null,
                        response -> response.jsonPath().getList("rows.items.schoolId").contains(riverside),
                        List.of(l, l, l, x, x, x, x, x, l)),
                row("POST /service-requests (to the provider)", "POST /service-requests", () -> "/service-requests",
                        p -> requestBody(), List.of(c, c, c, n, c, f, n, f, n)),
                list("GET /service-requests (with it)", "GET /service-requests", () -> "/service-requests?size=100"
                        + "&project=" + project, request, List.of(l, l, l, x, l, x, x, x, l)),
                row("GET /service-requests/overdue", "GET /service-requests/overdue", () -> "/service-requests/overdue",
                        null, List.of(o, o, o, o, o, o, o, o, o)),
                row("GET /service-requests/{id}", "GET /service-requests/{id}", () -> "/service-requests/" + request,
                        null, List.of(o, o, o, n, o, n, n, n, o)),
                row("POST /service-requests/{id}/accept", "POST /service-requests/{id}/accept",
                        fresh(() -> "/service-requests/" + freshRequest() + "/accept"), p -> Map.of("version", 0),
                        List.of(o, o, f, n, f, n, n, n, o)),
                row("POST /service-requests/{id}/complete (ACCEPTED)", "POST /service-requests/{id}/complete",
                        fresh(() -> "/service-requests/" + acceptedRequest() + "/complete"),
                        p -> Map.of("outcome", "Company registered", "version", 1), List.of(o, o, f, n, f, n, n, n, o)),
                row("POST /service-requests/{id}/decline", "POST /service-requests/{id}/decline",
                        fresh(() -> "/service-requests/" + freshRequest() + "/decline"),
                        p -> Map.of("reason", "Out of our remit", "version", 0), List.of(o, o, f, n, f, n, n, n, o)),
                row("POST /park/spaces", "POST /park/spaces", () -> "/park/spaces",
                        p -> Map.of("name", unique("Office"), "kind", "OFFICE", "capacity", 2),
                        List.of(c, c, f, f, f, f, f, f, f)),
                row("GET /park/spaces", "GET /park/spaces", () -> "/park/spaces", null,
                        List.of(o, o, o, o, o, o, o, o, o)),
                row("GET /park/spaces/{id}", "GET /park/spaces/{id}", () -> "/park/spaces/" + space, null,
                        List.of(o, o, o, o, o, o, o, o, o)),
                row("POST /park/spaces/{id}/allocations (INCUBATING)", "POST /park/spaces/{id}/allocations",
                        () -> "/park/spaces/" + space + "/allocations", p -> Map.of("projectId", incubating()),
                        List.of(c, c, f, f, f, f, f, f, f)),
                row("POST /park/allocations/{id}/release", "POST /park/allocations/{id}/release",
                        fresh(() -> "/park/allocations/" + freshAllocation() + "/release"), null,
                        List.of(o, o, f, f, f, f, f, f, f)),
                row("POST /training-events", "POST /training-events", () -> "/training-events", p -> Map.of("title",
                        unique("Pitch clinic"), "kind", "WORKSHOP", "startsAt", Instant.now().plus(3, ChronoUnit.DAYS)
                                .toString(), "capacity", 30), List.of(c, c, c, c, f, f, f, f, f)),
                row("GET /training-events", "GET /training-events", () -> "/training-events", null,
                        List.of(o, o, o, o, o, o, o, o, o)),
                row("GET /training-events/{id}", "GET /training-events/{id}", () -> "/training-events/" + event, null,
                        List.of(o, o, o, o, o, o, o, o, o)),
                row("POST /training-events/{id}/registrations", "POST /training-events/{id}/registrations",
                        fresh(() -> "/training-events/" + freshEvent() + "/registrations"), null,
                        List.of(c, c, c, c, c, c, c, c, c)),
                row("GET /training-events/{id}/registrations (organised by the school rep)",
                        "GET /training-events/{id}/registrations", () -> "/training-events/" + event + "/registrations",
                        null, List.of(o, o, o, f, f, f, f, f, f)),
                row("POST /training-events/{id}/registrations/{id}/cancel (the student's)",
                        "POST /training-events/{id}/registrations/{registrationId}/cancel",
                        fresh(this::studentsRegistration), null, List.of(o, o, o, n, o, n, n, n, n)),
                list("GET /training-registrations (with the student's)", "GET /training-registrations",
                        () -> "/training-registrations?size=100", registration, List.of(x, x, x, x, l, x, x, x, x)),
                row("GET /audit", "GET /audit", () -> "/audit", null, List.of(o, o, f, f, f, f, f, f, f)),
                row("POST /admin/dead-letters/replay", "POST /admin/dead-letters/replay",
                        () -> "/admin/dead-letters/replay", null, List.of(o, f, f, f, f, f, f, f, f)),
                row("GET /admin/correlations/{id}", "GET /admin/correlations/{correlationId}",
                        () -> "/admin/correlations/some-request", null, List.of(o, f, f, f, f, f, f, f, f)));
    }

    /**
     * A path to a record made for the row (a fresh project, request, milestone, seat...), made again only after a
     * caller's call succeeded on it: refused calls leave it as it was, so the next caller can use it too.
     */
    private static final class Fresh implements Supplier<String> {

        private final Supplier<String> maker;
        private String current;

        Fresh(Supplier<String> maker) {
            this.maker = maker;
        }

        @Override
        public String get() {
            if (current == null) {
                current = maker.get();
            }
            return current;
        }

        void spent() {
            current = null;
        }
    }

    private static Fresh fresh(Supplier<String> maker) {
        return new Fresh(maker);
    }

    private static Row row(String label, String operation, Supplier<String> path, Function<String, Object> body,
            List<String> expected) {
        return new Row(label, operation, path, body == null ? p -> null : body, null, expected);
    }

    /** A list row: a 200 is "200" when the list holds {@code listed}, "200-" when it leaves it out. */
    private static Row list(String label, String operation, Supplier<String> path, String listed,
            List<String> expected) {
        return new Row(label, operation, path, p -> null,
                response -> response.jsonPath().getList("items.id").contains(listed), expected);
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

    private static String render(List<Row> rows) {
        StringBuilder table = new StringBuilder("| endpoint |");
        for (String[] caller : CALLERS) {
            table.append(' ').append(caller[0]).append(" |");
        }
        table.append("\n|---|");
        table.append("---|".repeat(CALLERS.length)).append('\n');
        for (Row row : rows) {
            table.append("| `").append(row.label()).append("` |");
            row.expected().forEach(status -> table.append(' ').append(status).append(" |"));
            table.append('\n');
        }
        return table.toString();
    }
}
