package org.helix.curriculum.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.helix.curriculum.CurriculumFixtures.API;
import static org.helix.curriculum.CurriculumFixtures.GOVERNANCE;
import static org.helix.curriculum.CurriculumFixtures.PATIENCE;
import static org.helix.curriculum.CurriculumFixtures.RIVERSIDE_COLLEGE;
import static org.helix.curriculum.CurriculumFixtures.as;
import static org.helix.curriculum.CurriculumFixtures.content;
import static org.helix.curriculum.CurriculumFixtures.course;
import static org.helix.curriculum.CurriculumFixtures.curriculumEvents;
import static org.helix.curriculum.CurriculumFixtures.demoOrganisations;
import static org.helix.curriculum.CurriculumFixtures.programme;
import static org.helix.curriculum.CurriculumFixtures.skill;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Revisions: DRAFT → UNDER_REVIEW → APPROVED → PUBLISHED with changes requested back to DRAFT, immutable comments,
 * publishing making the course's next version (the earlier one unchanged), and governance's CURRICULUM_REVISION
 * resolutions opening a DRAFT (flow 2, from governance's schema file).
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "curriculum"))
class RevisionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void aModificationIsReviewedAndPublishedAsTheCoursesNextVersion() throws Exception {
        UUID cnc = skill("Manufacturing");
        UUID metrology = skill("Manufacturing");
        UUID course = course(programme(RIVERSIDE_COLLEGE, "school-admin"), "school-admin", List.of(cnc));
        Map<String, Object> proposal = new HashMap<>(Map.of("change", "MODIFY", "courseId", course,
                "subject", "Add five-axis work and metrology", "content",
                content("CNC machining and metrology", List.of(cnc, metrology))));
        String revision = as("school-admin").body(proposal).post(API + "/revisions").then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");
        as("school-admin-2").body(proposal).post(API + "/revisions").then().statusCode(403);
        JsonNode opened = JSON.readTree(curriculumEvents(revision, "RevisionOpened", 1).get(0).value());
        assertEquals("MODIFY", opened.path("change").asText());

        as("school-admin").post(API + "/revisions/" + revision + "/approve").then().statusCode(403);
        as("secretariat").post(API + "/revisions/" + revision + "/approve").then().statusCode(409);
        as("school-admin").post(API + "/revisions/" + revision + "/submit").then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"));
        as("school-admin").body(withVersion(proposal, 1)).put(API + "/revisions/" + revision).then().statusCode(409);
        as("association-rep").body(Map.of("text", "Industry needs metrology on the shop floor"))
                .post(API + "/revisions/" + revision + "/comments").then().statusCode(201);
        as("student").body(Map.of("text", "x")).post(API + "/revisions/" + revision + "/comments").then()
                .statusCode(403);
        as("secretariat").body(Map.of("text", "Name the measuring instruments"))
                .post(API + "/revisions/" + revision + "/request-changes").then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        as("school-admin").body(withVersion(proposal, 2)).put(API + "/revisions/" + revision).then().statusCode(200);
        as("school-admin").post(API + "/revisions/" + revision + "/submit").then().statusCode(200);
        as("secretariat").post(API + "/revisions/" + revision + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        // nothing changed in the catalogue yet
        as("student").get(API + "/courses/" + course).then().body("currentVersion", equalTo(1));
        as("school-admin").post(API + "/revisions/" + revision + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedVersion", equalTo(2));
        as("school-admin").post(API + "/revisions/" + revision + "/publish").then().statusCode(409);
        as("secretariat").body(Map.of("text", "late")).post(API + "/revisions/" + revision + "/comments").then()
                .statusCode(409);

        as("student").get(API + "/courses/" + course).then().body("currentVersion", equalTo(2))
                .body("title", equalTo("CNC machining and metrology"))
                .body("skillIds", contains(cnc.toString(), metrology.toString()));
        as("student").get(API + "/courses/" + course + "/versions/1").then().body("skillIds", contains(cnc.toString()))
                .body("revisionId", org.hamcrest.Matchers.nullValue());
        as("student").get(API + "/courses/" + course + "/versions/2").then().body("revisionId", equalTo(revision));
        as("student").get(API + "/revisions/" + revision + "/comments").then().statusCode(200).body("$", hasSize(2))
                .body("[0].text", equalTo("Industry needs metrology on the shop floor"))
                .body("[1].onStatus", equalTo("UNDER_REVIEW"));
        JsonNode published = JSON.readTree(curriculumEvents(revision, "RevisionPublished", 1).get(0).value());
        assertEquals(2, published.path("courseVersion").asInt());
        assertEquals(course.toString(), published.path("courseId").asText());
    }

    @Test
    void anAdditionMakesANewCourseAndARetirementEndsOne() {
        UUID programme = programme(RIVERSIDE_COLLEGE, "school-admin");
        String code = "ENT" + UUID.randomUUID().toString().substring(0, 4);
        String add = as("school-admin").body(Map.of("change", "ADD", "programmeId", programme, "code", code,
                "subject", "Entrepreneurship for technicians", "content", content("Starting a workshop", List.of())))
                .post(API + "/revisions").then().statusCode(201).extract().path("id");
        as("school-admin").body(Map.of("change", "RETIRE", "programmeId", programme, "subject", "x"))
                .post(API + "/revisions").then().statusCode(422).body("errors[0].field", equalTo("courseId"));
        walk(add);
        String course = as("student").get(API + "/revisions/" + add).then().body("publishedVersion", equalTo(1))
                .extract().path("courseId");
        as("student").get(API + "/courses/" + course).then().body("code", equalTo(code));

        String retire = as("school-admin").body(Map.of("change", "RETIRE", "courseId", course, "subject",
                "Merged into the core course")).post(API + "/revisions").then().statusCode(201).extract().path("id");
        walk(retire);
        as("student").get(API + "/courses/" + course).then().body("status", equalTo("RETIRED"))
                .body("currentVersion", equalTo(2));
        as("student").get(API + "/courses/" + course + "/versions/2").then().body("retired", equalTo(true));
        as("school-admin").body(Map.of("courseId", course, "term", "2029-SPRING")).post(API + "/offerings").then()
                .statusCode(422);
    }

    @Test
    void aCurriculumRevisionResolutionOpensADraftOnce() {
        UUID course = course(programme(RIVERSIDE_COLLEGE, "school-admin"), "school-admin", List.of());
        String code = as("student").get(API + "/courses/" + course).then().extract().path("code");
        ContractFixture adopted = ContractFixture.ofEvent("governance-service", "ResolutionAdopted")
                .with("kind", "CURRICULUM_REVISION").with("schoolId", RIVERSIDE_COLLEGE.toString())
                .with("courseOrProgramme", code);
        String resolution = adopted.text("resolutionId");
        String eventId = UUID.randomUUID().toString();
        GOVERNANCE.send(eventId, ResolutionsAdopted.ADOPTED, "Resolution/" + resolution, resolution, adopted.bytes());
        ContractFixture general = ContractFixture.ofEvent("governance-service", "ResolutionAdopted")
                .with("kind", "GENERAL").with("schoolId", RIVERSIDE_COLLEGE.toString());
        GOVERNANCE.send(UUID.randomUUID().toString(), ResolutionsAdopted.ADOPTED, "Resolution/x",
                general.text("resolutionId"), general.bytes());

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> as("secretariat")
                .queryParam("resolution", resolution).get(API + "/revisions").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].status", equalTo("DRAFT"))
                .body("items[0].change", equalTo("MODIFY")).body("items[0].courseId", equalTo(course.toString()))
                .body("items[0].schoolId", equalTo(RIVERSIDE_COLLEGE.toString())));
        // the same resolution again (another event id) opens nothing more
        GOVERNANCE.send(UUID.randomUUID().toString(), ResolutionsAdopted.ADOPTED, "Resolution/" + resolution,
                resolution, adopted.bytes());
        as("secretariat").queryParam("resolution", general.text("resolutionId")).get(API + "/revisions").then()
                .body("total", equalTo(0));
        String revision = as("secretariat").queryParam("resolution", resolution).get(API + "/revisions").then()
                .extract().path("items[0].id");
        curriculumEvents(revision, "RevisionOpened", 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> as("secretariat")
                .queryParam("resolution", resolution).get(API + "/revisions").then().body("total", equalTo(1)));
    }

    private static void walk(String revision) {
        as("school-admin").post(API + "/revisions/" + revision + "/submit").then().statusCode(200);
        as("admin").post(API + "/revisions/" + revision + "/approve").then().statusCode(200);
        as("school-admin").post(API + "/revisions/" + revision + "/publish").then().statusCode(200);
    }

    private static Map<String, Object> withVersion(Map<String, Object> proposal, long version) {
        Map<String, Object> copy = new HashMap<>(proposal);
        copy.put("version", version);
        return copy;
    }
}
