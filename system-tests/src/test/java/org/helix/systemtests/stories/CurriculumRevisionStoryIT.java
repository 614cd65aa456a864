package org.helix.systemtests.stories;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.helix.systemtests.stories.Alliance.CURRICULUM_API;
import static org.helix.systemtests.stories.Alliance.GOVERNANCE_API;
import static org.helix.systemtests.stories.Alliance.NOVA;
import static org.helix.systemtests.stories.Alliance.RIVERSIDE;
import static org.helix.systemtests.stories.Alliance.as;
import static org.helix.systemtests.stories.Alliance.create;
import static org.helix.systemtests.stories.Alliance.eventually;
import static org.helix.systemtests.stories.Alliance.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Story (a) of issue 15, flow 2 of EVENTS.md: a committee adopts a CURRICULUM_REVISION resolution in governance →
 * curriculum opens a DRAFT revision of the named course, linked to the resolution → the school's revision is written,
 * submitted, approved and published → the course has its next, immutable version, which the next offering teaches.
 * A second resolution naming no course of the school opens an ADD revision instead.
 * <p>
 * The school is a new one each run (registered in governance, its programme and course kept by the admin), so the
 * governance dashboard narrowed to a committee of that school alone shows this run's revision only. "Applied once"
 * is read from every service that applied an event: curriculum holds exactly one revision for the resolution (after
 * ResolutionAdopted, and still after publishing), the course exactly versions 1 and 2; the dashboard counts exactly
 * the two OPEN revisions after RevisionOpened, then one OPEN and exactly one PUBLISHED after RevisionPublished.
 */
class CurriculumRevisionStoryIT {

    private static final String REVISIONS = "curriculum.revisions";

    @Test
    void anAdoptedCurriculumRevisionBecomesTheCoursesNextVersion() {
        String tag = Alliance.tag();
        Alliance.demoOrganisation(RIVERSIDE, "Riverside Vocational College", "SCHOOL");
        Alliance.demoOrganisation(NOVA, "Nova Precision Manufacturing", "ENTERPRISE");
        String school = Alliance.newOrganisation("Harbour Technical School", "SCHOOL");
        String scope = Alliance.scope(school);

        // the school's catalogue: a robotics course, published as version 1 when created
        String programme = create("admin", CURRICULUM_API + "/programmes", Map.of("schoolId", school,
                "name", "Industrial automation", "industry", "Advanced manufacturing", "level", "HIGHER_VOCATIONAL"));
        String code = "ROB-" + tag;
        String course = create("admin", CURRICULUM_API + "/courses", Map.of("programmeId", programme, "code", code,
                "content", Map.of("title", "Robot cells", "type", "PRACTICAL", "credits", 3, "skillIds", List.of())));

        // governance: a committee of Riverside and Nova adopts a revision of that course
        String committee = create("gov-officer", GOVERNANCE_API + "/committees", Map.of("name",
                "Curriculum committee " + tag, "tier", "MACRO"));
        for (String[] member : new String[][] {{RIVERSIDE, "CHAIR"}, {NOVA, "MEMBER"}}) {
            create("secretariat", GOVERNANCE_API + "/committees/" + committee + "/members",
                    Map.of("organisationId", member[0], "position", member[1]));
        }
        String resolution = adopt(committee, school, code, "The committee asks the school to add collaborative "
                + "robots to " + code + ".");
        // and, naming no course of the school, a new course
        String newCourse = "Cobot safety " + tag;
        String addition = adopt(committee, school, newCourse, "The committee asks the school for a course on "
                + "collaborative robot safety.");

        // curriculum: one DRAFT revision of the course, linked to the resolution
        String revisions = CURRICULUM_API + "/revisions?resolution=" + resolution;
        eventually().untilAsserted(() -> as("admin").get(revisions).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].status", equalTo("DRAFT"))
                .body("items[0].schoolId", equalTo(school)).body("items[0].subject", equalTo(code))
                .body("items[0].change", equalTo("MODIFY")).body("items[0].courseId", equalTo(course)));
        String revision = as("admin").get(revisions).then().extract().path("items[0].id");
        eventually().untilAsserted(() -> as("admin").get(CURRICULUM_API + "/revisions?resolution=" + addition)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo("DRAFT"))
                .body("items[0].schoolId", equalTo(school)).body("items[0].subject", equalTo(newCourse))
                .body("items[0].change", equalTo("ADD")));
        eventually().untilAsserted(() -> {
            assertEquals(BigDecimal.valueOf(2), figure(scope, REVISIONS, Map.of("stage", "OPEN")));
            assertEquals(BigDecimal.ZERO, figure(scope, REVISIONS, Map.of("stage", "PUBLISHED")));
        });

        // the school writes the revision; the secretariat reviews it; it is published
        int version = as("admin").get(CURRICULUM_API + "/revisions/" + revision).then().statusCode(200).extract()
                .path("version");
        as("admin").body(Map.of("change", "MODIFY", "courseId", course, "subject", code,
                        "rationale", "Collaborative robots, as the committee resolved", "version", version,
                        "content", Map.of("title", "Robot cells and cobots", "type", "PRACTICAL", "credits", 4,
                                "skillIds", List.of())))
                .put(CURRICULUM_API + "/revisions/" + revision).then().statusCode(200)
                .body("content.title", equalTo("Robot cells and cobots"));
        as("admin").post(CURRICULUM_API + "/revisions/" + revision + "/submit").then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"));
        create("association-rep", CURRICULUM_API + "/revisions/" + revision + "/comments",
                Map.of("text", "Our members can lend two cobots for the practical part."));
        as("secretariat").post(CURRICULUM_API + "/revisions/" + revision + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        as("admin").post(CURRICULUM_API + "/revisions/" + revision + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedVersion", equalTo(2));

        // the course's next version; version 1 unchanged; the next offering teaches version 2
        as("student").get(CURRICULUM_API + "/courses/" + course).then().statusCode(200)
                .body("currentVersion", equalTo(2)).body("title", equalTo("Robot cells and cobots"));
        as("student").get(CURRICULUM_API + "/courses/" + course + "/versions").then().statusCode(200)
                .body("number", equalTo(List.of(1, 2)))
                .body("title", equalTo(List.of("Robot cells", "Robot cells and cobots")))
                .body("[1].revisionId", equalTo(revision));
        as("admin").body(Map.of("courseId", course, "term", (LocalDate.now().getYear() + 1) + "-SPRING"))
                .post(CURRICULUM_API + "/offerings").then().statusCode(201).body("courseVersion", equalTo(2));
        as("admin").get(revisions).then().statusCode(200).body("total", equalTo(1));

        // governance's dashboard: the revision left the OPEN stage and was published, once
        eventually().untilAsserted(() -> {
            assertEquals(BigDecimal.ONE, figure(scope, REVISIONS, Map.of("stage", "OPEN")));
            assertEquals(BigDecimal.ONE, figure(scope, REVISIONS, Map.of("stage", "PUBLISHED")));
        });
        as("teacher").get(GOVERNANCE_API + "/resolutions/" + resolution).then().statusCode(200)
                .body("status", equalTo("ADOPTED")).body("schoolId", equalTo(school));
    }

    /** A CURRICULUM_REVISION resolution of the school, proposed by Riverside, adopted by Riverside's and Nova's votes. */
    private static String adopt(String committee, String school, String courseOrProgramme, String text) {
        String resolution = create("school-admin", GOVERNANCE_API + "/committees/" + committee + "/resolutions",
                Map.of("title", "Revise " + courseOrProgramme, "text", text, "kind", "CURRICULUM_REVISION",
                        "schoolId", school, "courseOrProgramme", courseOrProgramme));
        as("secretariat").post(GOVERNANCE_API + "/resolutions/" + resolution + "/voting/open").then().statusCode(200);
        for (String voter : List.of("school-admin", "enterprise-rep")) {
            as(voter).body(Map.of("choice", "FOR")).post(GOVERNANCE_API + "/resolutions/" + resolution + "/votes")
                    .then().statusCode(201);
        }
        as("secretariat").post(GOVERNANCE_API + "/resolutions/" + resolution + "/voting/close").then()
                .statusCode(200).body("status", equalTo("ADOPTED"));
        return resolution;
    }
}
