package org.helix.incubation.access;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.helix.platform.testing.HelixTestResource;
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
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.helix.incubation.IncubationFixtures.API;
import static org.helix.incubation.IncubationFixtures.GOVERNMENT;
import static org.helix.incubation.IncubationFixtures.NOVA_MANUFACTURING;
import static org.helix.incubation.IncubationFixtures.RIVERSIDE_COLLEGE;
import static org.helix.incubation.IncubationFixtures.as;
import static org.helix.incubation.IncubationFixtures.assignMentor;
import static org.helix.incubation.IncubationFixtures.incubating;
import static org.helix.incubation.IncubationFixtures.screening;
import static org.helix.incubation.IncubationFixtures.subjectOf;
import static org.helix.incubation.IncubationFixtures.submission;
import static org.helix.incubation.IncubationFixtures.submitted;
import static org.helix.incubation.IncubationFixtures.talentProfile;
import static org.helix.incubation.IncubationFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may do what, as one table: endpoint × caller → status, walked against the running service. The world: an
 * INCUBATING project of the demo student at Riverside (the "project"), mentored by the demo expert (an ACTIVE
 * part-time teaching appointment), with a service request to the Provincial Department of Education (the
 * gov-officer's organisation, the provider). "school rep" is Riverside's school-admin, "other school's rep" Lakeside's.
 * A list cell {@code 200} means the project is in the list, {@code 200-} that the list leaves it out. The table is
 * rendered into the README's permission matrix and checked against it, so the two cannot drift.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "incubation"))
class PermissionMatrixTest {

    /** The callers, in the table's column order: heading and demo user. */
    private static final String[][] CALLERS = {
            {"admin", "admin"}, {"secretariat", "secretariat"}, {"school rep (school-admin)", "school-admin"},
            {"other school's rep", "school-admin-2"}, {"team lead (student)", "student"},
            {"assigned mentor (expert)", "expert"}, {"teacher (not a mentor)", "teacher"}, {"funder", "funder"},
            {"provider (gov-officer)", "gov-officer"}};

    private record Row(String label, String method, Supplier<String> path, Function<String, Object> body,
            String listed, List<String> expected) {
    }

    private UUID project;
    private UUID teacherProfile;
    private String request;
    private String space;

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() throws Exception {
        project = incubating();
        assignMentor(project, talentProfile("EXPERT", NOVA_MANUFACTURING, subjectOf("expert"), true));
        // a teacher of Riverside to assign in the rows (its first assignment shows it is known here)
        teacherProfile = talentProfile("TEACHER", RIVERSIDE_COLLEGE, null, false);
        assignMentor(incubating(), teacherProfile);
        request = freshRequest();
        space = as("admin").body(Map.of("name", unique("Hot desks"), "kind", "DESK", "capacity", 1000))
                .post(API + "/park/spaces").then().statusCode(201).extract().path("id");

        List<String> failures = new ArrayList<>();
        List<Row> rows = rows();
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
                String actual = String.valueOf(response.statusCode());
                if (row.listed() != null && response.statusCode() == 200) {
                    actual = response.jsonPath().getList("items.id").contains(row.listed()) ? "200" : "200-";
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

    private List<Row> rows() {
        String o = "200";
        String c = "201";
        String f = "403";
        String n = "404";
        String u = "422";
        String l = "200";
        String x = "200-";
        String lead = subjectOf("student");
        return List.of(
                new Row("GET /projects/{id}", "GET", () -> "/projects/" + project, p -> null, null,
                        List.of(o, o, o, n, o, o, n, o, n)),
                new Row("GET /projects (with it)", "GET", () -> "/projects?size=100&school=" + RIVERSIDE_COLLEGE,
                        p -> null, project.toString(), List.of(l, l, l, x, l, l, x, l, x)),
                new Row("GET /projects/{id} (SCREENING, another)", "GET", () -> "/projects/" + screening(),
                        p -> null, null, List.of(o, o, o, n, o, o, o, n, n)),
                new Row("POST /projects (Riverside, lead: the student)", "POST", () -> "/projects",
                        p -> submission(RIVERSIDE_COLLEGE, lead), null, List.of(c, c, c, f, c, f, f, f, f)),
                new Row("PUT /projects/{id} (SUBMITTED)", "PUT", () -> "/projects/" + submitted(),
                        p -> withVersion(submission(RIVERSIDE_COLLEGE, null), 0), null,
                        List.of(o, o, o, n, o, n, n, n, n)),
                new Row("POST /projects/{id}/screening", "POST", () -> "/projects/" + submitted() + "/screening",
                        p -> null, null, List.of(o, o, o, n, f, n, n, n, n)),
                new Row("POST /projects/{id}/reviews (SCREENING)", "POST", () -> "/projects/" + screening()
                        + "/reviews", p -> Map.of("innovation", 4, "feasibility", 3, "market", 4, "team", 5), null,
                        List.of(f, f, f, n, f, c, c, n, n)),
                new Row("POST /projects/{id}/admission (override)", "POST", () -> "/projects/" + screening()
                        + "/admission", p -> Map.of("overrideReason", "Strategic for the region"), null,
                        List.of(o, f, f, n, f, f, f, n, n)),
                new Row("POST /projects/{id}/graduate (another, INCUBATING)", "POST",
                        () -> "/projects/" + incubating() + "/graduate", p -> null, null,
                        List.of(o, o, o, n, f, n, n, f, n)),
                new Row("POST /projects/{id}/mentors (another, a Riverside teacher)", "POST",
                        () -> "/projects/" + incubating() + "/mentors", p -> Map.of("profileId", teacherProfile), null,
                        List.of(c, c, c, n, f, n, n, f, n)),
                new Row("GET /projects/{id}/mentors", "GET", () -> "/projects/" + project + "/mentors", p -> null,
                        null, List.of(o, o, o, n, o, o, n, o, n)),
                new Row("POST /projects/{id}/milestones", "POST", () -> "/projects/" + project + "/milestones",
                        p -> Map.of("title", "Pilot customer signed", "dueDate", LocalDate.now().plusDays(60)
                                .toString()), null, List.of(c, c, c, n, c, f, n, f, n)),
                new Row("POST /projects/{id}/milestones/{id}/verification (with evidence)", "POST",
                        () -> "/projects/" + project + "/milestones/" + milestoneWithEvidence() + "/verification",
                        p -> null, null, List.of(f, f, f, n, f, o, n, f, n)),
                new Row("GET /projects/{id}/funding", "GET", () -> "/projects/" + project + "/funding", p -> null,
                        null, List.of(o, o, o, n, o, o, n, o, n)),
                new Row("PUT /projects/{id}/metrics/{month} (another)", "PUT",
                        () -> "/projects/" + incubating() + "/metrics/" + YearMonth.now(),
                        p -> Map.of("revenue", "100.00", "currency", "CNY", "jobs", 1, "customers", 2), null,
                        List.of(o, o, o, n, o, n, n, f, n)),
                new Row("POST /service-requests (to the provider)", "POST", () -> "/service-requests",
                        p -> requestBody(), null, List.of(c, c, c, n, c, f, n, f, n)),
                new Row("GET /service-requests/{id}", "GET", () -> "/service-requests/" + request, p -> null, null,
                        List.of(o, o, o, n, o, n, n, n, o)),
                new Row("POST /service-requests/{id}/accept", "POST", () -> "/service-requests/" + freshRequest()
                        + "/accept", p -> Map.of("version", 0), null, List.of(o, o, f, n, f, n, n, n, o)),
                new Row("GET /milestones/overdue", "GET", () -> "/milestones/overdue", p -> null, null,
                        List.of(o, o, o, o, o, o, o, o, o)),
                new Row("POST /park/spaces", "POST", () -> "/park/spaces",
                        p -> Map.of("name", unique("Office"), "kind", "OFFICE", "capacity", 2), null,
                        List.of(c, c, f, f, f, f, f, f, f)),
                new Row("GET /park/spaces", "GET", () -> "/park/spaces", p -> null, null,
                        List.of(o, o, o, o, o, o, o, o, o)),
                new Row("POST /park/spaces/{id}/allocations (INCUBATING)", "POST",
                        () -> "/park/spaces/" + space + "/allocations", p -> Map.of("projectId", incubating()), null,
                        List.of(c, c, f, f, f, f, f, f, f)),
                new Row("POST /training-events", "POST", () -> "/training-events", p -> Map.of("title",
                        unique("Pitch clinic"), "kind", "WORKSHOP", "startsAt", Instant.now().plus(3, ChronoUnit.DAYS)
                                .toString(), "capacity", 30), null, List.of(c, c, c, c, f, f, f, f, f)),
                new Row("GET /audit", "GET", () -> "/audit", p -> null, null, List.of(o, o, f, f, f, f, f, f, f)),
                new Row("POST /projects (Lakeside, as a student of Riverside)", "POST", () -> "/projects",
                        p -> submission(org.helix.incubation.IncubationFixtures.LAKESIDE_POLYTECHNIC, lead), null,
                        List.of(c, c, f, c, u, f, f, f, f)));
    }

    private String milestoneWithEvidence() {
        String id = as("student").body(Map.of("title", unique("Milestone"), "dueDate",
                LocalDate.now().plusDays(30).toString())).post(API + "/projects/" + project + "/milestones").then()
                .statusCode(201).extract().path("id");
        as("student").body(Map.of("evidence", "Signed letter of intent", "version", 0))
                .post(API + "/projects/" + project + "/milestones/" + id + "/evidence").then().statusCode(200);
        return id;
    }

    private Map<String, Object> requestBody() {
        return Map.of("projectId", project, "kind", "BUSINESS_REGISTRATION", "providerOrganisationId", GOVERNMENT,
                "description", "Register the company");
    }

    private String freshRequest() {
        return as("student").body(requestBody()).post(API + "/service-requests").then().statusCode(201).extract()
                .path("id");
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
