package org.helix.curriculum.section;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.helix.curriculum.CurriculumFixtures.API;
import static org.helix.curriculum.CurriculumFixtures.LAKESIDE_POLYTECHNIC;
import static org.helix.curriculum.CurriculumFixtures.NOVA_MANUFACTURING;
import static org.helix.curriculum.CurriculumFixtures.PATIENCE;
import static org.helix.curriculum.CurriculumFixtures.RIVERSIDE_COLLEGE;
import static org.helix.curriculum.CurriculumFixtures.as;
import static org.helix.curriculum.CurriculumFixtures.awaitMayTeach;
import static org.helix.curriculum.CurriculumFixtures.awaitTeacherKnown;
import static org.helix.curriculum.CurriculumFixtures.course;
import static org.helix.curriculum.CurriculumFixtures.curriculumEvents;
import static org.helix.curriculum.CurriculumFixtures.demoOrganisations;
import static org.helix.curriculum.CurriculumFixtures.evaluationPublished;
import static org.helix.curriculum.CurriculumFixtures.offering;
import static org.helix.curriculum.CurriculumFixtures.profile;
import static org.helix.curriculum.CurriculumFixtures.programme;
import static org.helix.curriculum.CurriculumFixtures.riversideSection;
import static org.helix.curriculum.CurriculumFixtures.riversideTeacher;
import static org.helix.curriculum.CurriculumFixtures.section;
import static org.helix.curriculum.CurriculumFixtures.subjectOf;
import static org.helix.curriculum.CurriculumFixtures.teachingActivated;
import static org.helix.curriculum.CurriculumFixtures.teachingTerminated;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Sections are taught by a teacher of the school or an expert with an ACTIVE part-time teaching appointment there
 * (talent's events), students enrol by choosing one, and the teacher's published rating shows on the section.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "curriculum"))
class SectionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void onlyTheSchoolsTeachersAndExpertsActivelyTeachingThereMayTeachASection() {
        UUID teacher = riversideTeacher(null);
        UUID lakesideTeacher = profile("TEACHER", LAKESIDE_POLYTECHNIC, null);
        UUID expert = profile("EXPERT", NOVA_MANUFACTURING, null);
        awaitTeacherKnown(lakesideTeacher);
        awaitTeacherKnown(expert);
        UUID course = course(programme(RIVERSIDE_COLLEGE, "school-admin"), "school-admin", List.of());
        UUID offering = offering(course, "2027-SPRING");

        for (UUID refused : List.of(lakesideTeacher, expert, UUID.randomUUID())) {
            as("school-admin").body(Map.of("label", "A", "teacherProfileId", refused, "capacity", 20))
                    .post(API + "/offerings/" + offering + "/sections").then().statusCode(422)
                    .body("errors[0].field", equalTo("teacherProfileId"));
        }
        UUID appointment = teachingActivated(expert, NOVA_MANUFACTURING, RIVERSIDE_COLLEGE);
        awaitMayTeach(expert, RIVERSIDE_COLLEGE, true);
        UUID byExpert = section(offering, expert, 25);
        UUID byTeacher = section(offering, teacher, 30);

        List<ConsumerRecord<String, String>> opened = curriculumEvents(byExpert.toString(), "SectionOpened", 1);
        JsonNode data = read(opened.get(0).value());
        assertEquals(expert.toString(), data.path("teacherProfileId").asText());
        assertEquals("2027-SPRING", data.path("term").asText());
        assertEquals(25, data.path("capacity").asInt());
        assertEquals(course.toString(), data.path("courseId").asText());

        teachingTerminated(appointment, expert, NOVA_MANUFACTURING, RIVERSIDE_COLLEGE);
        awaitMayTeach(expert, RIVERSIDE_COLLEGE, false);
        // a late activation never revives an ended appointment
        as("school-admin").body(Map.of("label", "Z", "teacherProfileId", expert, "capacity", 20))
                .post(API + "/offerings/" + offering + "/sections").then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("no ACTIVE part-time teaching"));
        // the section the expert holds stays theirs; a change to them on another section is refused
        as("student").get(API + "/sections/" + byExpert).then().statusCode(200)
                .body("teacherProfileId", equalTo(expert.toString()));
        as("school-admin").body(Map.of("label", label(byTeacher), "teacherProfileId", expert, "capacity", 30,
                "version", 0)).put(API + "/sections/" + byTeacher).then().statusCode(422);
        as("school-admin").body(Map.of("label", label(byTeacher), "teacherProfileId", teacher, "capacity", 501,
                "version", 0)).put(API + "/sections/" + byTeacher).then().statusCode(400);
        as("school-admin").body(Map.of("label", label(byTeacher), "teacherProfileId", teacher, "capacity", 201,
                "version", 0)).put(API + "/sections/" + byTeacher).then().statusCode(422)
                .body("errors[0].field", equalTo("capacity"));
        as("school-admin").body(Map.of("label", label(byTeacher), "teacherProfileId", teacher, "capacity", 200,
                "version", 0)).put(API + "/sections/" + byTeacher).then().statusCode(200)
                .body("capacity", equalTo(200)).body("seatsLeft", equalTo(200));
        as("student").queryParam("offering", offering).get(API + "/sections").then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void aStudentChoosesASectionOncePerOfferingAndMayWithdraw() {
        String student = subjectOf("student");
        UUID teacher = riversideTeacher(subjectOf("teacher"));
        UUID[] world = riversideSection(teacher, "2026-AUTUMN", 2);
        UUID offering = world[1];
        UUID first = world[2];
        UUID second = section(offering, teacher, 2);

        String enrolment = as("student").post(API + "/sections/" + first + "/enrolments").then().statusCode(201)
                .body("studentSubject", equalTo(student)).body("status", equalTo("ENROLLED")).extract().path("id");
        as("student").post(API + "/sections/" + second + "/enrolments").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:already-enrolled"));
        as("student").get(API + "/sections/" + first).then().body("enrolled", equalTo(1)).body("seatsLeft", equalTo(1));

        JsonNode enrolled = read(curriculumEvents(first.toString(), "StudentEnrolled", 1).get(0).value());
        assertEquals(enrolment, enrolled.path("enrolmentId").asText());
        assertEquals(student, enrolled.path("studentSubject").asText());
        assertEquals(teacher.toString(), enrolled.path("teacherProfileId").asText());
        assertEquals(RIVERSIDE_COLLEGE.toString(), enrolled.path("schoolId").asText());
        assertEquals("2026-AUTUMN", enrolled.path("term").asText());

        // private: the student, the school's representatives, the section's teacher; nobody else, not even listed
        as("teacher").get(API + "/enrolments/" + enrolment).then().statusCode(200);
        as("school-admin").get(API + "/enrolments/" + enrolment).then().statusCode(200);
        as("school-admin-2").get(API + "/enrolments/" + enrolment).then().statusCode(404);
        as("expert").get(API + "/enrolments/" + enrolment).then().statusCode(404);
        as("school-admin-2").queryParam("section", first).get(API + "/enrolments").then().statusCode(200)
                .body("total", equalTo(0));
        as("teacher").queryParam("section", first).get(API + "/enrolments").then().statusCode(200)
                .body("items.id", hasItem(enrolment));
        as("teacher").post(API + "/enrolments/" + enrolment + "/withdraw").then().statusCode(403);
        as("school-admin-2").post(API + "/enrolments/" + enrolment + "/withdraw").then().statusCode(404);
        // another school's student may not enrol here; a representative names the student
        as("school-admin").post(API + "/sections/" + second + "/enrolments").then().statusCode(422);
        as("school-admin").body(Map.of("studentSubject", "another-student")).post(API + "/sections/" + second
                + "/enrolments").then().statusCode(201);

        as("student").post(API + "/enrolments/" + enrolment + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        as("student").post(API + "/enrolments/" + enrolment + "/withdraw").then().statusCode(409)
                .body("type", equalTo("urn:helix:problem:illegal-transition"));
        JsonNode withdrew = read(curriculumEvents(first.toString(), "StudentWithdrew", 1).get(0).value());
        assertEquals(enrolment, withdrew.path("enrolmentId").asText());
        as("student").get(API + "/sections/" + first).then().body("enrolled", equalTo(0));
        as("student").post(API + "/sections/" + second + "/enrolments").then().statusCode(201);
        as("student").get(API + "/sections/" + second).then().body("seatsLeft", equalTo(0));
        as("student").queryParam("offering", offering).queryParam("seatsLeft", true).get(API + "/sections").then()
                .body("items.id", not(hasItem(second.toString())));
    }

    @Test
    void aTeachersPublishedRatingShowsOnTheirSections() {
        UUID teacher = riversideTeacher(null);
        UUID section = riversideSection(teacher, "2027-AUTUMN", 10)[2];
        as("student").get(API + "/sections/" + section).then().statusCode(200).body("rating", nullValue());

        evaluationPublished(teacher, UUID.randomUUID(), RIVERSIDE_COLLEGE, 5, "4.20");
        evaluationPublished(teacher, UUID.randomUUID(), RIVERSIDE_COLLEGE, 15, "3.80");
        await().atMost(PATIENCE).untilAsserted(() -> as("student").get(API + "/sections/" + section).then()
                .statusCode(200).body("rating.averageScore", equalTo(3.9f)).body("rating.responses", equalTo(20))
                .body("rating.sections", equalTo(2)));
        as("student").queryParam("teacher", teacher).get(API + "/sections").then()
                .body("items[0].rating.averageScore", equalTo(3.9f));
    }

    private static String label(UUID section) {
        return as("student").get(API + "/sections/" + section).then().extract().path("label");
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
