package org.helix.curriculum.catalogue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.helix.curriculum.CurriculumFixtures.API;
import static org.helix.curriculum.CurriculumFixtures.LAKESIDE_POLYTECHNIC;
import static org.helix.curriculum.CurriculumFixtures.NOVA_MANUFACTURING;
import static org.helix.curriculum.CurriculumFixtures.RIVERSIDE_COLLEGE;
import static org.helix.curriculum.CurriculumFixtures.as;
import static org.helix.curriculum.CurriculumFixtures.content;
import static org.helix.curriculum.CurriculumFixtures.course;
import static org.helix.curriculum.CurriculumFixtures.demoOrganisations;
import static org.helix.curriculum.CurriculumFixtures.programme;
import static org.helix.curriculum.CurriculumFixtures.skill;
import static org.helix.curriculum.CurriculumFixtures.unique;

/** The skills vocabulary, programmes and courses with their first published version. */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "curriculum"))
class CatalogueTest {

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void theVocabularyIsCuratedByAssociationsAndTheSecretariat() {
        String name = unique("Five-axis machining");
        String id = as("association-rep").body(Map.of("name", name, "category", "SKILL", "sector", "Manufacturing"))
                .post(API + "/skills").then().statusCode(201).header("ETag", "\"0\"").extract().path("id");
        as("school-admin").body(Map.of("name", unique("x"), "category", "SKILL", "sector", "Manufacturing"))
                .post(API + "/skills").then().statusCode(403);
        as("secretariat").body(Map.of("name", name.toUpperCase(), "category", "KNOWLEDGE", "sector", "manufacturing"))
                .post(API + "/skills").then().statusCode(409).body("type", equalTo("urn:helix:problem:skill-exists"));
        as("secretariat").body(Map.of("name", name, "category", "BEHAVIOUR", "sector", "Manufacturing",
                "version", 0)).put(API + "/skills/" + id).then().statusCode(200).body("category", equalTo("BEHAVIOUR"));
        as("secretariat").body(Map.of("name", name, "category", "SKILL", "sector", "Manufacturing", "version", 0))
                .put(API + "/skills/" + id).then().statusCode(409).body("type", equalTo("urn:helix:problem:stale-version"));
        as("student").queryParam("name", name.substring(0, 12).toLowerCase()).queryParam("sector", "MANUFACTURING")
                .get(API + "/skills").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void aProgrammeBelongsToASchoolAndIsKeptByItsRepresentatives() {
        as("school-admin").body(Map.of("schoolId", NOVA_MANUFACTURING, "name", "x", "industry", "y", "level",
                "HIGHER_VOCATIONAL")).post(API + "/programmes").then().statusCode(403);
        as("secretariat").body(Map.of("schoolId", NOVA_MANUFACTURING, "name", "x", "industry", "y", "level",
                "HIGHER_VOCATIONAL")).post(API + "/programmes").then().statusCode(422)
                .body("errors[0].field", equalTo("schoolId"));
        as("school-admin-2").body(Map.of("schoolId", RIVERSIDE_COLLEGE, "name", "x", "industry", "y", "level",
                "HIGHER_VOCATIONAL")).post(API + "/programmes").then().statusCode(403);
        UUID programme = programme(LAKESIDE_POLYTECHNIC, "school-admin-2");
        as("school-admin").body(Map.of("schoolId", LAKESIDE_POLYTECHNIC, "name", "Renamed", "industry", "y",
                "level", "APPLIED_BACHELOR", "version", 0)).put(API + "/programmes/" + programme).then()
                .statusCode(403);
        as("school-admin-2").body(Map.of("schoolId", LAKESIDE_POLYTECHNIC, "name", "Renamed " + programme,
                "industry", "Digital", "level", "APPLIED_BACHELOR", "version", 0))
                .put(API + "/programmes/" + programme).then().statusCode(200).body("level", equalTo("APPLIED_BACHELOR"));
        as("teacher").queryParam("school", LAKESIDE_POLYTECHNIC).queryParam("level", "APPLIED_BACHELOR")
                .get(API + "/programmes").then().statusCode(200).body("items.id", hasItem(programme.toString()));
    }

    @Test
    void aCourseIsPublishedAsItsFirstImmutableVersion() {
        UUID skill = skill("Manufacturing");
        UUID programme = programme(RIVERSIDE_COLLEGE, "school-admin");
        as("school-admin").body(Map.of("programmeId", programme, "code", "BAD",
                "content", content("Bad", List.of(UUID.randomUUID())))).post(API + "/courses").then().statusCode(422)
                .body("errors[0].field", equalTo("skillIds"));
        as("school-admin-2").body(Map.of("programmeId", programme, "code", "X1", "content", content("x", List.of())))
                .post(API + "/courses").then().statusCode(403);
        Map<String, Object> tooPrecise = content("x", List.of());
        tooPrecise.put("credits", 4.25);
        as("school-admin").body(Map.of("programmeId", programme, "code", "X2", "content", tooPrecise))
                .post(API + "/courses").then().statusCode(400);

        UUID course = course(programme, "school-admin", List.of(skill, skill));
        as("student").get(API + "/courses/" + course).then().statusCode(200)
                .body("currentVersion", equalTo(1)).body("status", equalTo("ACTIVE"))
                .body("skillIds", contains(skill.toString())).body("credits", equalTo(4.5f));
        as("student").get(API + "/courses/" + course + "/versions/1").then().statusCode(200)
                .body("number", equalTo(1)).body("skillIds", contains(skill.toString()))
                .body("retired", equalTo(false));
        as("student").get(API + "/courses/" + course + "/versions/2").then().statusCode(404);
        as("student").get(API + "/courses/" + course + "/versions").then().statusCode(200)
                .body("size()", equalTo(1));
        String code = as("student").get(API + "/courses/" + course).then().extract().path("code");
        as("school-admin").body(Map.of("programmeId", programme, "code", code.toLowerCase(),
                "content", content("again", List.of()))).post(API + "/courses").then().statusCode(409);
        as("teacher").queryParam("skill", skill).get(API + "/courses").then().statusCode(200)
                .body("items.id", contains(course.toString()));
    }
}
