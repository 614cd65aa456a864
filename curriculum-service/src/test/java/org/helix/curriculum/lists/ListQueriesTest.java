package org.helix.curriculum.lists;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.helix.platform.testing.HelixTestResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.helix.curriculum.CurriculumFixtures.API;
import static org.helix.curriculum.CurriculumFixtures.RIVERSIDE_COLLEGE;
import static org.helix.curriculum.CurriculumFixtures.as;
import static org.helix.curriculum.CurriculumFixtures.course;
import static org.helix.curriculum.CurriculumFixtures.demoOrganisations;
import static org.helix.curriculum.CurriculumFixtures.offering;
import static org.helix.curriculum.CurriculumFixtures.programme;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page of 100 sections with their teachers' ratings runs a bounded number of SQL statements, not one per item:
 * counted with Hibernate's statistics around the request (background work may add a few). The 100 sections of 20
 * rated teachers are written straight into the database: what is counted is the read, not how the rows came.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "curriculum"))
class ListQueriesTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DataSource dataSource;

    @Test
    void aPageOfOneHundredSectionsRunsABoundedNumberOfStatements() throws Exception {
        demoOrganisations();
        UUID course = course(programme(RIVERSIDE_COLLEGE, "school-admin"), "school-admin", List.of());
        UUID offering = offering(course, "2030-SPRING");
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement teachers = connection.prepareStatement("insert into teacher_rating (section_id, "
                    + "profile_id, term, responses, average_score, published_at) select gen_random_uuid(), "
                    + "md5(? || t)::uuid, '2029-AUTUMN', 5, 4.00, now() from generate_series(1, 20) t")) {
                teachers.setString(1, offering.toString());
                teachers.executeUpdate();
            }
            try (PreparedStatement sections = connection.prepareStatement("insert into section (id, offering_id, "
                    + "course_id, course_code, course_title, school_id, term, label, teacher_profile_id, teacher_name, "
                    + "capacity, enrolled, version, created_at, updated_at) select gen_random_uuid(), ?, ?, 'L100', "
                    + "'List course', ?, '2030-SPRING', 'S' || i, md5(? || (1 + i % 20))::uuid, 'Teacher ' || i, 30, "
                    + "0, 0, now(), now() from generate_series(1, 100) i")) {
                sections.setObject(1, offering);
                sections.setObject(2, course);
                sections.setObject(3, RIVERSIDE_COLLEGE);
                sections.setString(4, offering.toString());
                sections.executeUpdate();
            }
        }
        as("student").queryParam("offering", offering).queryParam("size", 100).get(API + "/sections").then()
                .statusCode(200);

        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        as("student").queryParam("offering", offering).queryParam("size", 100).get(API + "/sections").then()
                .statusCode(200).body("items.size()", equalTo(100)).body("items[99].rating", notNullValue());
        long statements = statistics.getPrepareStatementCount();
        // the page, its count and the teachers' ratings in one statement: 3; a few more from background work at most
        assertTrue(statements <= 10, "a page of 100 sections ran " + statements + " statements");
    }
}
