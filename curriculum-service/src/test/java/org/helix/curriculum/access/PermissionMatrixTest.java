package org.helix.curriculum.access;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.helix.curriculum.CurriculumFixtures.API;
import static org.helix.curriculum.CurriculumFixtures.NOVA_MANUFACTURING;
import static org.helix.curriculum.CurriculumFixtures.RIVERSIDE_COLLEGE;
import static org.helix.curriculum.CurriculumFixtures.as;
import static org.helix.curriculum.CurriculumFixtures.content;
import static org.helix.curriculum.CurriculumFixtures.course;
import static org.helix.curriculum.CurriculumFixtures.demoOrganisations;
import static org.helix.curriculum.CurriculumFixtures.offering;
import static org.helix.curriculum.CurriculumFixtures.programme;
import static org.helix.curriculum.CurriculumFixtures.riversideTeacher;
import static org.helix.curriculum.CurriculumFixtures.section;
import static org.helix.curriculum.CurriculumFixtures.skill;
import static org.helix.curriculum.CurriculumFixtures.subjectOf;
import static org.helix.curriculum.CurriculumFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may do what, as one table: endpoint × caller → status, walked against the running service. The world: a
 * programme and course of Riverside, a section taught by the demo teacher (user "teacher") with the demo student
 * enrolled, a revision of the course, the student's internship at Nova and career plan. "school rep" is Riverside's
 * school-admin, "other school's rep" Lakeside's. A list cell {@code 200} means the record is in the list, {@code
 * 200-} that it is left out. The table is rendered into the README's permission matrix and checked against it.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "curriculum"))
class PermissionMatrixTest {

    /** The callers, in the table's column order: heading and demo user. */
    private static final String[][] CALLERS = {
            {"admin", "admin"}, {"secretariat", "secretariat"}, {"gov-officer", "gov-officer"},
            {"school rep (Riverside)", "school-admin"}, {"other school's rep", "school-admin-2"},
            {"enterprise rep (Nova)", "enterprise-rep"}, {"association rep", "association-rep"},
            {"the section's teacher", "teacher"}, {"the student", "student"}};

    private record Row(String label, String method, Supplier<String> path, Supplier<Object> body, String listed,
            List<String> expected) {
    }

    private UUID programme;
    private UUID course;
    private UUID teacher;
    private UUID section;
    private String enrolment;
    private String revision;
    private String internship;
    private String plan;
    private UUID skill;

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() throws Exception {
        demoOrganisations();
        skill = skill("Manufacturing");
        programme = programme(RIVERSIDE_COLLEGE, "school-admin");
        course = course(programme, "school-admin", List.of(skill));
        teacher = riversideTeacher(subjectOf("teacher"));
        section = section(offering(course, "2031-SPRING"), teacher, 50);
        enrolment = as("student").post(API + "/sections/" + section + "/enrolments").then().statusCode(201)
                .extract().path("id");
        revision = as("school-admin").body(modification()).post(API + "/revisions").then().statusCode(201).extract()
                .path("id");
        internship = as("school-admin").body(internshipPlan()).post(API + "/internships").then().statusCode(201)
                .extract().path("id");
        plan = as("student").get(API + "/career-plans").then().extract().path("items[0].id");
        if (plan == null) {
            plan = as("student").body(Map.of("goals", "CNC programmer", "targetOccupations", List.of("CNC programmer")))
                    .post(API + "/career-plans").then().statusCode(201).extract().path("id");
        }

        List<String> failures = new ArrayList<>();
        List<Row> rows = rows();
        for (Row row : rows) {
            for (int c = 0; c < CALLERS.length; c++) {
                String expected = row.expected().get(c);
                RequestSpecification request = given().auth().oauth2(Tokens.user(CALLERS[c][1]))
                        .contentType(ContentType.JSON);
                Object body = row.body().get();
                if (body != null) {
                    request.body(body);
                }
                Response response = request.request(row.method(), API + row.path().get());
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
        Supplier<Object> none = () -> null;
        return List.of(
                new Row("GET /courses", "GET", () -> "/courses", none, null, List.of(o, o, o, o, o, o, o, o, o)),
                new Row("POST /skills", "POST", () -> "/skills", () -> Map.of("name", unique("Skill"), "category",
                        "SKILL", "sector", "Manufacturing"), null, List.of(c, c, f, f, f, f, c, f, f)),
                new Row("POST /programmes (Riverside)", "POST", () -> "/programmes", () -> Map.of("schoolId",
                        RIVERSIDE_COLLEGE, "name", unique("Programme"), "industry", "Manufacturing", "level",
                        "HIGHER_VOCATIONAL"), null, List.of(c, c, f, c, f, f, f, f, f)),
                new Row("POST /courses (Riverside)", "POST", () -> "/courses", () -> Map.of("programmeId", programme,
                        "code", "P" + UUID.randomUUID().toString().substring(0, 8), "content", content("T",
                                List.of())), null, List.of(c, c, f, c, f, f, f, f, f)),
                new Row("POST /offerings/{id}/sections", "POST", () -> "/offerings/" + offering(course(programme,
                        "school-admin", List.of()), "2031-AUTUMN") + "/sections", () -> Map.of("label", "A",
                        "teacherProfileId", teacher, "capacity", 20), null, List.of(c, c, f, c, f, f, f, f, f)),
                new Row("GET /sections/{id}", "GET", () -> "/sections/" + section, none, null,
                        List.of(o, o, o, o, o, o, o, o, o)),
                new Row("POST /sections/{id}/enrolments (naming a student)", "POST", () -> "/sections/" + section
                        + "/enrolments", () -> Map.of("studentSubject", unique("student")), null,
                        List.of(c, c, f, c, f, f, f, f, f)),
                new Row("POST /sections/{id}/enrolments (oneself)", "POST", () -> "/sections/" + freshSection()
                        + "/enrolments", none, null, List.of(u, u, f, u, f, f, f, f, c)),
                new Row("GET /enrolments/{id} (the student's)", "GET", () -> "/enrolments/" + enrolment, none, null,
                        List.of(o, o, n, o, n, n, n, o, o)),
                new Row("GET /enrolments (with it)", "GET", () -> "/enrolments?size=100&section=" + section, none,
                        enrolment, List.of(l, l, x, l, x, x, x, l, l)),
                new Row("POST /enrolments/{id}/withdraw", "POST", () -> "/enrolments/" + freshEnrolment()
                        + "/withdraw", none, null, List.of(o, o, n, o, n, n, n, f, o)),
                new Row("POST /revisions (MODIFY a Riverside course)", "POST", () -> "/revisions",
                        this::modification, null, List.of(c, c, f, c, f, f, f, f, f)),
                new Row("POST /revisions/{id}/approve (UNDER_REVIEW)", "POST", () -> "/revisions/"
                        + submittedRevision() + "/approve", none, null, List.of(o, o, f, f, f, f, f, f, f)),
                new Row("POST /revisions/{id}/comments", "POST", () -> "/revisions/" + revision + "/comments",
                        () -> Map.of("text", "Looks right"), null, List.of(c, c, f, c, f, c, c, f, f)),
                new Row("POST /demand-signals (Nova's)", "POST", () -> "/demand-signals", () -> Map.of(
                        "organisationId", NOVA_MANUFACTURING, "skillId", skill, "headcount", 1, "horizonMonths", 6,
                        "source", "survey", "region", "Nowhere"), null, List.of(c, c, f, f, f, c, f, f, f)),
                new Row("GET /schools/{id}/skill-gaps", "GET", () -> "/schools/" + RIVERSIDE_COLLEGE + "/skill-gaps",
                        none, null, List.of(o, o, o, o, o, o, o, o, o)),
                new Row("POST /training-bases (Nova's)", "POST", () -> "/training-bases", () -> Map.of(
                        "enterpriseId", NOVA_MANUFACTURING, "name", unique("Base"), "capacity", 5, "trains", "CNC",
                        "skillIds", List.of()), null, List.of(c, c, f, f, f, c, f, f, f)),
                new Row("GET /internships/{id} (the student's, at Nova)", "GET", () -> "/internships/" + internship,
                        none, null, List.of(o, o, n, o, n, o, n, n, o)),
                new Row("GET /internships (with it)", "GET", () -> "/internships?size=100&school=" + RIVERSIDE_COLLEGE,
                        none, internship, List.of(l, l, x, l, x, l, x, x, l)),
                new Row("POST /outcomes (Riverside)", "POST", () -> "/outcomes", () -> Map.of("programmeId",
                        programme, "graduationYear", 2026, "studentSubject", unique("graduate"), "outcome",
                        "SEEKING"), null, List.of(c, c, f, c, f, f, f, f, f)),
                new Row("GET /career-plans/{id} (the student's)", "GET", () -> "/career-plans/" + plan, none, null,
                        List.of(o, o, n, o, n, n, n, o, o)),
                new Row("GET /employment-rates", "GET", () -> "/employment-rates", none, null,
                        List.of(o, o, o, o, o, o, o, o, o)),
                new Row("GET /audit", "GET", () -> "/audit", none, null, List.of(o, o, f, f, f, f, f, f, f)),
                new Row("GET /admin/correlations/{id}", "GET", () -> "/admin/correlations/some-request", none, null,
                        List.of(o, f, f, f, f, f, f, f, f)));
    }

    private Map<String, Object> modification() {
        return Map.of("change", "MODIFY", "courseId", course, "subject", "More practice", "content",
                content("CNC machining, more practice", List.of(skill)));
    }

    private Map<String, Object> internshipPlan() {
        LocalDate start = LocalDate.now().plusDays(3);
        return Map.of("hostEnterpriseId", NOVA_MANUFACTURING, "schoolId", RIVERSIDE_COLLEGE, "studentSubject",
                subjectOf("student"), "supervisor", "Wang Jun", "plannedHours", 160, "startDate", start.toString(),
                "endDate", start.plusWeeks(4).toString());
    }

    /** A section in an offering of its own (a student holds one section per offering). */
    private UUID freshSection() {
        return section(offering(course(programme, "school-admin", List.of()), "2032-SPRING"), teacher, 20);
    }

    private String freshEnrolment() {
        return as("student").post(API + "/sections/" + freshSection() + "/enrolments").then().statusCode(201)
                .extract().path("id");
    }

    private String submittedRevision() {
        String id = as("school-admin").body(modification()).post(API + "/revisions").then().statusCode(201)
                .extract().path("id");
        as("school-admin").post(API + "/revisions/" + id + "/submit").then().statusCode(200);
        return id;
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
