package org.helix.funding.application;

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
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.helix.funding.FundingFixtures.API;
import static org.helix.funding.FundingFixtures.ASSOCIATION;
import static org.helix.funding.FundingFixtures.DEVELOPMENT_BANK;
import static org.helix.funding.FundingFixtures.RIVERSIDE_COLLEGE;
import static org.helix.funding.FundingFixtures.application;
import static org.helix.funding.FundingFixtures.as;
import static org.helix.funding.FundingFixtures.callTerms;
import static org.helix.funding.FundingFixtures.demoOrganisations;
import static org.helix.funding.FundingFixtures.openCall;
import static org.helix.funding.FundingFixtures.subjectOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages of 100 calls and of 100 applications (each with a reviewer) run a bounded number of SQL statements, not one
 * per item: counted with Hibernate's statistics around the request (the relay and consumers may add a few).
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class ListQueriesTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void pagesOfOneHundredCallsAndApplicationsRunABoundedNumberOfStatements() {
        demoOrganisations();
        String reviewer = subjectOf("association-rep");
        for (int i = 0; i < 100; i++) {
            UUID call = openCall("funder", callTerms(DEVELOPMENT_BANK, "1000.00", "100.00", "SCHOOL",
                    List.of("SCHOOL")));
            UUID id = UUID.fromString(as("school-admin").body(application(call, RIVERSIDE_COLLEGE, "10.00"))
                    .post(API + "/applications").then().statusCode(201).extract().path("id"));
            as("funder").body(Map.of("reviewerSubject", reviewer, "reviewerOrganisationId", ASSOCIATION))
                    .post(API + "/applications/" + id + "/reviewers").then().statusCode(200);
        }
        Statistics statistics = sessionFactory.getStatistics();

        statistics.clear();
        as("funder").queryParam("size", 100).queryParam("funder", DEVELOPMENT_BANK).get(API + "/calls").then()
                .statusCode(200).body("items.size()", equalTo(100));
        long calls = statistics.getPrepareStatementCount();
        // the page, its count, the recommendations in one query: 3; a few more from background work at most
        assertTrue(calls <= 10, "a page of 100 calls ran " + calls + " statements");

        statistics.clear();
        as("funder").queryParam("size", 100).queryParam("applicant", RIVERSIDE_COLLEGE).get(API + "/applications")
                .then().statusCode(200).body("items.size()", equalTo(100))
                .body("items[99].reviewers.size()", equalTo(1));
        long applications = statistics.getPrepareStatementCount();
        // the page, its count, the reviewers, their reviews, the review sums: 5; a few more from background work
        assertTrue(applications <= 12, "a page of 100 applications ran " + applications + " statements");
    }
}
