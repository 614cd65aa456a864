package org.helix.curriculum.access;

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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import static org.helix.platform.testing.PermissionMatrix.LEFT_OUT;
import static org.helix.platform.testing.PermissionMatrix.LISTED;
import static org.helix.platform.testing.PermissionMatrix.callers;
import static org.helix.platform.testing.PermissionMatrix.fresh;
import static org.helix.platform.testing.PermissionMatrix.list;
import static org.helix.platform.testing.PermissionMatrix.row;

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
    private static final List<Caller> CALLERS = callers(
            "admin", "admin", "secretariat", "secretariat", "gov-officer", "gov-officer",
            "school rep (Riverside)", "school-admin", "other school's rep", "school-admin-2",
            "enterprise rep (Nova)", "enterprise-rep", "association rep", "association-rep",
            "the section's teacher", "teacher", "the student", "student");

    private UUID programme;
    private String programmeName;
    private UUID course;
    private UUID teacher;
    private UUID offering;
    private UUID section;
    private String sectionLabel;
    private String demandSignal;
    private String trainingBase;
    private String enrolment;
    private String revision;
    private String internship;
    private String plan;
    private UUID skill;
    private String skillName;

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() {
        demoOrganisations();
        skill = skill("Manufacturing");
        skillName = as("admin").get(API + "/skills/" + skill).then().statusCode(200).extract().path("name");
        programme = programme(RIVERSIDE_COLLEGE, "school-admin");
        programmeName = as("admin").get(API + "/programmes/" + programme).then().statusCode(200).extract()
                .path("name");
        course = course(programme, "school-admin", List.of(skill));
        teacher = riversideTeacher(subjectOf("teacher"));
        offering = offering(course, "2031-SPRING");
        section = section(offering, teacher, 50);
        sectionLabel = as("admin").get(API + "/sections/" + section).then().statusCode(200).extract().path("label");
        enrolment = as("student").post(API + "/sections/" + section + "/enrolments").then().statusCode(201)
                .extract().path("id");
        revision = as("school-admin").body(modification()).post(API + "/revisions").then().statusCode(201).extract()
                .path("id");
        internship = as("school-admin").body(internshipPlan()).post(API + "/internships").then().statusCode(201)
                .extract().path("id");
        demandSignal = as("enterprise-rep").body(demandSignalTerms()).post(API + "/demand-signals").then()
                .statusCode(201).extract().path("id");
        trainingBase = as("enterprise-rep").body(trainingBaseTerms()).post(API + "/training-bases").then()
                .statusCode(201).extract().path("id");
        plan = as("student").get(API + "/career-plans").then().extract().path("items[0].id");
        if (plan == null) {
            plan = as("student").body(Map.of("goals", "CNC programmer", "targetOccupations", List.of("CNC programmer")))
                    .post(API + "/career-plans").then().statusCode(201).extract().path("id");
        }

        new PermissionMatrix(API, CALLERS, rows())
                .assertHolds(OpenApiConformance.load("/q/openapi?format=json"), Path.of("README.md"));
    }

    private List<Row> rows() {
        String o = "200";
        String c = "201";
        String f = "403";
        String n = "404";
        String u = "422";
        String l = LISTED;
        String x = LEFT_OUT;
        return List.of(
                row("GET /courses", () -> "/courses", o, o, o, o, o, o, o, o, o),
                row("POST /skills", () -> "/skills", who -> Map.of("name", unique("Skill"), "category", "SKILL",
                        "sector", "Manufacturing"), c, c, f, f, f, f, c, f, f),
                row("POST /programmes (Riverside)", () -> "/programmes", who -> Map.of("schoolId", RIVERSIDE_COLLEGE,
                        "name", unique("Programme"), "industry", "Manufacturing", "level", "HIGHER_VOCATIONAL"),
                        c, c, f, c, f, f, f, f, f),
                row("POST /courses (Riverside)", () -> "/courses", who -> Map.of("programmeId", programme, "code",
                        "P" + UUID.randomUUID().toString().substring(0, 8), "content", content("T", List.of())),
                        c, c, f, c, f, f, f, f, f),
                row("POST /offerings/{id}/sections", () -> "/offerings/" + offering(course(programme,
                        "school-admin", List.of()), "2031-AUTUMN") + "/sections", who -> Map.of("label", "A",
                        "teacherProfileId", teacher, "capacity", 20), c, c, f, c, f, f, f, f, f),
                row("PUT /sections/{id}", () -> "/sections/" + section, who -> Map.of("label", sectionLabel,
                        "teacherProfileId", teacher, "capacity", 50, "schedule", "Mondays", "version",
                        version("/sections/" + section)), o, o, f, o, f, f, f, f, f),
                row("GET /sections/{id}", () -> "/sections/" + section, o, o, o, o, o, o, o, o, o),
                row("POST /sections/{id}/enrolments (naming a student)", () -> "/sections/" + section
                        + "/enrolments", who -> Map.of("studentSubject", unique("student")),
                        c, c, f, c, f, f, f, f, f),
                row("POST /sections/{id}/enrolments (oneself)", () -> "/sections/" + freshSection() + "/enrolments",
                        u, u, f, u, f, f, f, f, c),
                row("GET /enrolments/{id} (the student's)", () -> "/enrolments/" + enrolment,
                        o, o, n, o, n, n, n, o, o),
                list("GET /enrolments (with it)", () -> "/enrolments?size=100&section=" + section, () -> enrolment,
                        l, l, x, l, x, x, x, l, l),
                row("POST /enrolments/{id}/complete (ENROLLED)", fresh(() -> "/enrolments/" + freshEnrolment()
                        + "/complete"), o, o, n, o, n, n, n, f, f),
                row("POST /enrolments/{id}/withdraw", () -> "/enrolments/" + freshEnrolment() + "/withdraw",
                        o, o, n, o, n, n, n, f, o),
                row("POST /revisions (MODIFY a Riverside course)", () -> "/revisions", who -> modification(),
                        c, c, f, c, f, f, f, f, f),
                list("GET /revisions (with it)", () -> "/revisions?size=100&course=" + course, () -> revision,
                        l, l, l, l, l, l, l, l, l),
                row("GET /revisions/{id}", () -> "/revisions/" + revision, o, o, o, o, o, o, o, o, o),
                row("PUT /revisions/{id} (DRAFT)", () -> "/revisions/" + revision, who -> modification(
                        version("/revisions/" + revision)), o, o, f, o, f, f, f, f, f),
                row("POST /revisions/{id}/submit (DRAFT)", fresh(() -> "/revisions/" + draftRevision() + "/submit"),
                        o, o, f, o, f, f, f, f, f),
                row("POST /revisions/{id}/request-changes (UNDER_REVIEW)", fresh(() -> "/revisions/"
                        + submittedRevision() + "/request-changes"), who -> Map.of("text", "Say why"),
                        o, o, f, f, f, f, f, f, f),
                row("POST /revisions/{id}/publish (APPROVED)", fresh(() -> "/revisions/" + approvedRevision()
                        + "/publish"), o, o, f, o, f, f, f, f, f),
                row("GET /revisions/{id}/comments", () -> "/revisions/" + revision + "/comments",
                        o, o, o, o, o, o, o, o, o),
                row("POST /revisions/{id}/approve (UNDER_REVIEW)", () -> "/revisions/" + submittedRevision()
                        + "/approve", o, o, f, f, f, f, f, f, f),
                row("POST /revisions/{id}/comments", () -> "/revisions/" + revision + "/comments",
                        who -> Map.of("text", "Looks right"), c, c, f, c, f, c, c, f, f),
                row("POST /demand-signals (Nova's)", () -> "/demand-signals", who -> demandSignalTerms(),
                        c, c, f, f, f, c, f, f, f),
                row("GET /schools/{id}/skill-gaps", () -> "/schools/" + RIVERSIDE_COLLEGE + "/skill-gaps",
                        o, o, o, o, o, o, o, o, o),
                row("POST /training-bases (Nova's)", () -> "/training-bases", who -> trainingBaseTerms(),
                        c, c, f, f, f, c, f, f, f),
                row("PUT /training-bases/{id} (Nova's)", () -> "/training-bases/" + trainingBase,
                        who -> trainingBaseTerms(version("/training-bases/" + trainingBase)),
                        o, o, f, f, f, o, f, f, f),
                row("POST /internships (a Riverside student at Nova)", () -> "/internships", who -> internshipPlan(),
                        c, c, f, c, f, f, f, f, f),
                row("POST /internships/{id}/start (PLANNED)", fresh(() -> "/internships/" + plannedInternship()
                        + "/start"), o, o, n, o, n, o, n, n, f),
                row("POST /internships/{id}/complete (ONGOING)", fresh(() -> "/internships/" + ongoingInternship()
                        + "/complete"), who -> Map.of("hoursCompleted", 150, "evaluationScore", 88, "evaluation",
                        "Reliable"), o, o, n, f, n, o, n, n, f),
                row("POST /internships/{id}/abandon (ONGOING)", fresh(() -> "/internships/" + ongoingInternship()
                        + "/abandon"), who -> Map.of("reason", "Moved away"), o, o, n, o, n, o, n, n, f),
                row("GET /internships/{id} (the student's, at Nova)", () -> "/internships/" + internship,
                        o, o, n, o, n, o, n, n, o),
                list("GET /internships (with it)", () -> "/internships?size=100&school=" + RIVERSIDE_COLLEGE,
                        () -> internship, l, l, x, l, x, l, x, x, l),
                row("POST /outcomes (Riverside)", () -> "/outcomes", who -> Map.of("programmeId", programme,
                        "graduationYear", 2026, "studentSubject", unique("graduate"), "outcome", "SEEKING"),
                        c, c, f, c, f, f, f, f, f),
                row("POST /career-plans (the student has one)", () -> "/career-plans", who -> Map.of("goals",
                        "Welder", "targetOccupations", List.of("Welder")), f, f, f, f, f, f, f, f, "409"),
                row("PUT /career-plans/{id} (the student's)", () -> "/career-plans/" + plan, who -> Map.of("goals",
                        "CNC programmer", "targetOccupations", List.of("CNC programmer"), "version",
                        version("/career-plans/" + plan)), f, f, n, f, n, n, n, f, o),
                row("POST /guidance-sessions (with the student, for the caller's school)", () -> "/guidance-sessions",
                        who -> Map.of("studentSubject", subjectOf("student"), "heldOn", LocalDate.now().toString(),
                        "topic", "Applying for jobs"), f, f, f, c, c, f, f, c, f),
                row("GET /career-plans/{id} (the student's)", () -> "/career-plans/" + plan,
                        o, o, n, o, n, n, n, o, o),
                row("GET /employment-rates", () -> "/employment-rates", o, o, o, o, o, o, o, o, o),
                row("GET /courses/{id}", () -> "/courses/" + course, o, o, o, o, o, o, o, o, o),
                row("GET /courses/{id}/versions", () -> "/courses/" + course + "/versions", o, o, o, o, o, o, o, o, o),
                row("GET /courses/{id}/versions/{number}", () -> "/courses/" + course + "/versions/1",
                        o, o, o, o, o, o, o, o, o),
                row("GET /offerings", () -> "/offerings", o, o, o, o, o, o, o, o, o),
                row("GET /offerings/{id}", () -> "/offerings/" + offering, o, o, o, o, o, o, o, o, o),
                row("POST /offerings (a Riverside course)", () -> "/offerings", who -> Map.of("courseId",
                        course(programme, "school-admin", List.of()), "term", "2033-SPRING"),
                        c, c, f, c, f, f, f, f, f),
                row("GET /sections", () -> "/sections", o, o, o, o, o, o, o, o, o),
                row("GET /teachers", () -> "/teachers", o, o, o, o, o, o, o, o, o),
                row("GET /teachers/{id}", () -> "/teachers/" + teacher, o, o, o, o, o, o, o, o, o),
                row("GET /demand-signals", () -> "/demand-signals", o, o, o, o, o, o, o, o, o),
                row("GET /demand-signals/{id}", () -> "/demand-signals/" + demandSignal, o, o, o, o, o, o, o, o, o),
                row("GET /training-bases", () -> "/training-bases", o, o, o, o, o, o, o, o, o),
                row("GET /training-bases/{id}", () -> "/training-bases/" + trainingBase, o, o, o, o, o, o, o, o, o),
                row("GET /outcomes", () -> "/outcomes", o, o, o, o, o, o, o, o, o),
                list("GET /career-plans (with the student's)", () -> "/career-plans?size=100", () -> plan,
                        l, l, x, l, x, x, x, l, l),
                row("GET /guidance-sessions", () -> "/guidance-sessions", o, o, o, o, o, o, o, o, o),
                row("GET /organisations/{id}", () -> "/organisations/" + RIVERSIDE_COLLEGE, o, o, o, o, o, o, o, o, o),
                row("GET /skills", () -> "/skills", o, o, o, o, o, o, o, o, o),
                row("PUT /skills/{id}", () -> "/skills/" + skill, who -> Map.of("name", skillName, "category",
                        "SKILL", "sector", "Manufacturing", "description", "Redefined", "version",
                        version("/skills/" + skill)), o, o, f, f, f, f, o, f, f),
                row("GET /skills/{id}", () -> "/skills/" + skill, o, o, o, o, o, o, o, o, o),
                row("GET /programmes", () -> "/programmes", o, o, o, o, o, o, o, o, o),
                row("PUT /programmes/{id} (Riverside's)", () -> "/programmes/" + programme, who -> Map.of(
                        "schoolId", RIVERSIDE_COLLEGE, "name", programmeName, "industry", "Manufacturing", "level",
                        "HIGHER_VOCATIONAL", "version", version("/programmes/" + programme)),
                        o, o, f, o, f, f, f, f, f),
                row("GET /programmes/{id}", () -> "/programmes/" + programme, o, o, o, o, o, o, o, o, o),
                row("GET /audit", () -> "/audit", o, o, f, f, f, f, f, f, f),
                row("POST /admin/dead-letters/replay", () -> "/admin/dead-letters/replay", o, f, f, f, f, f, f, f, f),
                row("GET /admin/correlations/{id}", () -> "/admin/correlations/some-request",
                        o, f, f, f, f, f, f, f, f));
    }

    /** The version a record is at now (its ETag, read as admin), for a body that changes it. */
    private static long version(String path) {
        String etag = as("admin").get(API + path).then().statusCode(200).extract().header("ETag");
        return Long.parseLong(etag.replaceAll("[^0-9]", ""));
    }

    private Map<String, Object> demandSignalTerms() {
        return Map.of("organisationId", NOVA_MANUFACTURING, "skillId", skill, "headcount", 1, "horizonMonths", 6,
                "source", "survey", "region", "Nowhere");
    }

    private static Map<String, Object> trainingBaseTerms() {
        return Map.of("enterpriseId", NOVA_MANUFACTURING, "name", unique("Base"), "capacity", 5, "trains", "CNC",
                "skillIds", List.of());
    }

    private static Map<String, Object> trainingBaseTerms(long version) {
        Map<String, Object> terms = new HashMap<>(trainingBaseTerms());
        terms.put("version", version);
        return terms;
    }

    private Map<String, Object> modification() {
        return Map.of("change", "MODIFY", "courseId", course, "subject", "More practice", "content",
                content("CNC machining, more practice", List.of(skill)));
    }

    private Map<String, Object> modification(long version) {
        Map<String, Object> proposal = new HashMap<>(modification());
        proposal.put("version", version);
        return proposal;
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

    private String draftRevision() {
        return as("school-admin").body(modification()).post(API + "/revisions").then().statusCode(201)
                .extract().path("id");
    }

    private String submittedRevision() {
        String id = draftRevision();
        as("school-admin").post(API + "/revisions/" + id + "/submit").then().statusCode(200);
        return id;
    }

    private String approvedRevision() {
        String id = submittedRevision();
        as("secretariat").post(API + "/revisions/" + id + "/approve").then().statusCode(200);
        return id;
    }

    private String plannedInternship() {
        return as("school-admin").body(internshipPlan()).post(API + "/internships").then().statusCode(201)
                .extract().path("id");
    }

    private String ongoingInternship() {
        String id = plannedInternship();
        as("school-admin").post(API + "/internships/" + id + "/start").then().statusCode(200);
        return id;
    }
}
