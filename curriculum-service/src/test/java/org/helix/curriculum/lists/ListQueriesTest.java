package org.helix.curriculum.lists;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.helix.curriculum.CurriculumFixtures;
import org.helix.platform.testing.HelixTestResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.helix.curriculum.CurriculumFixtures.API;
import static org.helix.curriculum.CurriculumFixtures.RIVERSIDE_COLLEGE;
import static org.helix.curriculum.CurriculumFixtures.as;
import static org.helix.curriculum.CurriculumFixtures.course;
import static org.helix.curriculum.CurriculumFixtures.demoOrganisations;
import static org.helix.curriculum.CurriculumFixtures.evaluationPublished;
import static org.helix.curriculum.CurriculumFixtures.offering;
import static org.helix.curriculum.CurriculumFixtures.programme;
import static org.helix.curriculum.CurriculumFixtures.profile;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page of 100 sections (with their teachers' ratings) and of 100 courses runs a bounded number of SQL statements,
 * not one per item: counted with Hibernate's statistics around the request (background work may add a few).
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "curriculum"))
class ListQueriesTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPageOfOneHundredSectionsAndCoursesRunsABoundedNumberOfStatements() {
        demoOrganisations();
        UUID programme = programme(RIVERSIDE_COLLEGE, "school-admin");
        UUID offering = offering(course(programme, "school-admin", List.of()), "2030-SPRING");
        // twenty teachers sent at once, then awaited (one round trip through Kafka, not twenty)
        List<UUID> teachers = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID teacher = profile("TEACHER", RIVERSIDE_COLLEGE, null);
            evaluationPublished(teacher, UUID.randomUUID(), RIVERSIDE_COLLEGE, 5, "4.00");
            teachers.add(teacher);
        }
        teachers.forEach(CurriculumFixtures::awaitTeacherKnown);
        for (int i = 0; i < 20; i++) {
            UUID teacher = teachers.get(i);
            for (int j = 0; j < 5; j++) {
                as("school-admin").body(Map.of("label", "S" + i + "-" + j, "teacherProfileId", teacher,
                        "capacity", 30)).post(API + "/offerings/" + offering + "/sections").then().statusCode(201);
            }
        }
        for (int i = 0; i < 99; i++) {
            course(programme, "school-admin", List.of());
        }
        as("student").queryParam("offering", offering).queryParam("size", 100).get(API + "/sections").then()
                .statusCode(200);

        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        as("student").queryParam("offering", offering).queryParam("size", 100).get(API + "/sections").then()
                .statusCode(200).body("items.size()", equalTo(100));
        long sections = statistics.getPrepareStatementCount();
        statistics.clear();
        as("student").queryParam("programme", programme).queryParam("size", 100).get(API + "/courses").then()
                .statusCode(200).body("items.size()", equalTo(100));
        long courses = statistics.getPrepareStatementCount();
        // the page, its count and the teachers' ratings in one statement: 3; a few more from background work at most
        assertTrue(sections <= 10, "a page of 100 sections ran " + sections + " statements");
        assertTrue(courses <= 10, "a page of 100 courses ran " + courses + " statements");
    }
}
