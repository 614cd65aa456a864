package org.helix.incubation.project;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.helix.platform.testing.HelixTestResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.helix.incubation.IncubationFixtures.API;
import static org.helix.incubation.IncubationFixtures.RIVERSIDE_COLLEGE;
import static org.helix.incubation.IncubationFixtures.as;
import static org.helix.incubation.IncubationFixtures.demoOrganisations;
import static org.helix.incubation.IncubationFixtures.submission;
import static org.helix.incubation.IncubationFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page of 100 projects (each with two team members besides the lead) runs a bounded number of SQL statements, not
 * one per item: counted with Hibernate's statistics around the request (the relay and consumers running meanwhile may
 * add a few). Filters and sorts outside the whitelist are refused.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "incubation"))
class ListQueriesTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPageOfOneHundredProjectsRunsABoundedNumberOfStatements() {
        demoOrganisations();
        String sector = unique("Sector");
        for (int i = 0; i < 100; i++) {
            Map<String, Object> body = new java.util.HashMap<>(submission(RIVERSIDE_COLLEGE, "lead-" + i));
            body.put("sector", sector);
            body.put("members", List.of("member-a-" + i, "member-b-" + i));
            as("school-admin").body(body).post(API + "/projects").then().statusCode(201);
        }
        as("school-admin").queryParam("sector", sector).queryParam("size", 100).get(API + "/projects").then()
                .statusCode(200);

        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        as("school-admin").queryParam("sector", sector).queryParam("size", 100).queryParam("sort", "title,asc")
                .get(API + "/projects").then().statusCode(200).body("total", equalTo(100))
                .body("items.size()", equalTo(100)).body("items[99].members.size()", equalTo(2));
        long statements = statistics.getPrepareStatementCount();
        // the page, its count, the members in batches of 100: 3; a few more from background work at most
        assertTrue(statements <= 10, "a page of 100 projects ran " + statements + " statements");

        as("school-admin").queryParam("sort", "pitch").get(API + "/projects").then().statusCode(400)
                .body("type", equalTo("urn:helix:problem:invalid-sort"));
        as("school-admin").queryParam("status", "DREAMING").get(API + "/projects").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as("school-admin").queryParam("size", 101).get(API + "/projects").then().statusCode(400);
    }
}
