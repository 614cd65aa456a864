package org.helix.governance.committee;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.helix.governance.GovernanceServers;
import org.helix.platform.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page of 100 committees (each with its departments, an element collection) runs a bounded number of SQL
 * statements, not one per item: counted with Hibernate's statistics around the request (the relay and the dashboard
 * consumer running meanwhile may add a few). The committees are written straight to the database: only the read is
 * under test.
 */
@QuarkusTest
@GovernanceServers
class ListQueriesTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPageOfOneHundredCommitteesRunsABoundedNumberOfStatements() {
        String industry = "List queries " + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 100; i++) {
                Committee committee = new Committee();
                committee.id = UUID.randomUUID();
                committee.name = "Alliance " + i;
                committee.tier = Tier.MESO;
                committee.industry = industry;
                committee.departments = EnumSet.of(Department.PROJECT, Department.HR);
                committee.escalationDeadlineDays = 30;
                committee.createdAt = Instant.now();
                committee.updatedAt = committee.createdAt;
                committee.persist();
            }
        });
        String token = Tokens.user("secretariat");
        given().auth().oauth2(token).queryParam("industry", industry).queryParam("size", 100)
                .get("/api/governance/committees").then().statusCode(200);

        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().auth().oauth2(token).queryParam("industry", industry).queryParam("size", 100)
                .get("/api/governance/committees").then().statusCode(200)
                .body("items.size()", equalTo(100)).body("items[99].departments.size()", equalTo(2));
        long statements = statistics.getPrepareStatementCount();
        // the page, its count, the departments in batches of 16: 9; one per committee would be over 100
        assertTrue(statements <= 20, "a page of 100 committees ran " + statements + " statements");
    }
}
