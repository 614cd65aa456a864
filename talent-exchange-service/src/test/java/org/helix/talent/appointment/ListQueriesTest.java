package org.helix.talent.appointment;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.helix.platform.testing.HelixTestResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.helix.talent.TalentFixtures.API;
import static org.helix.talent.TalentFixtures.NOVA_MANUFACTURING;
import static org.helix.talent.TalentFixtures.RIVERSIDE_COLLEGE;
import static org.helix.talent.TalentFixtures.as;
import static org.helix.talent.TalentFixtures.demoOrganisations;
import static org.helix.talent.TalentFixtures.practice;
import static org.helix.talent.TalentFixtures.propose;
import static org.helix.talent.TalentFixtures.register;
import static org.helix.talent.TalentFixtures.teacher;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page of 100 appointments (each with two pay lines) runs a bounded number of SQL statements, not one per item:
 * counted with Hibernate's statistics around the request (the relay and consumers running meanwhile may add a few).
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "talent"))
class ListQueriesTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPageOfOneHundredAppointmentsRunsABoundedNumberOfStatements() {
        demoOrganisations();
        UUID teacher = register("school-admin", teacher(RIVERSIDE_COLLEGE, null));
        LocalDate start = LocalDate.now().plusYears(3);
        for (int i = 0; i < 100; i++) {
            propose("school-admin", practice(teacher, NOVA_MANUFACTURING, RIVERSIDE_COLLEGE, start.plusDays(i),
                    start.plusDays(i + 10)));
        }
        as("school-admin").queryParam("profile", teacher).queryParam("size", 100).get(API + "/appointments").then()
                .statusCode(200);

        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        as("school-admin").queryParam("profile", teacher).queryParam("size", 100).get(API + "/appointments").then()
                .statusCode(200).body("items.size()", equalTo(100)).body("items[99].payLines.size()", equalTo(2));
        long statements = statistics.getPrepareStatementCount();
        // the page, its count, the pay lines in one batch: 3; a few more from background work at most
        assertTrue(statements <= 10, "a page of 100 appointments ran " + statements + " statements");
    }
}
