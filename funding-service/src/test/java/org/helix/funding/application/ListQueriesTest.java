package org.helix.funding.application;

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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.helix.funding.FundingFixtures.API;
import static org.helix.funding.FundingFixtures.ASSOCIATION;
import static org.helix.funding.FundingFixtures.DEVELOPMENT_BANK;
import static org.helix.funding.FundingFixtures.as;
import static org.helix.funding.FundingFixtures.callTerms;
import static org.helix.funding.FundingFixtures.demoOrganisations;
import static org.helix.funding.FundingFixtures.openCall;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages of 100 calls and of 100 applications (each with a reviewer and a review) run a bounded number of SQL
 * statements, not one per item: counted with Hibernate's statistics around the request (the relay and consumers may
 * add a few). The calls and applications are written straight into the tables (their rules are tested elsewhere;
 * here only reading them counts), under a funder and an applicant of their own.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class ListQueriesTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    DataSource dataSource;

    @Test
    void pagesOfOneHundredCallsAndApplicationsRunABoundedNumberOfStatements() throws Exception {
        demoOrganisations();
        UUID call = openCall("funder", callTerms(DEVELOPMENT_BANK, "1000.00", "100.00", "SCHOOL",
                List.of("SCHOOL")));
        UUID applicant = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement application = connection.prepareStatement("insert into application (id, call_id, "
                    + "funder_organisation_id, applicant_organisation_id, target_kind, target_id, title, summary, "
                    + "requested_amount, status, submitted_by, version, created_at, updated_at) values (?, ?, ?, ?, "
                    + "'SCHOOL', ?, 'Listed', 'A page of applications', 10.00, 'UNDER_REVIEW', 'someone', 0, ?, ?)");
                 PreparedStatement reviewer = connection.prepareStatement("insert into application_reviewer values "
                    + "(?, 'a-reviewer', ?, ?, 'the-funder')");
                 PreparedStatement review = connection.prepareStatement("insert into review values (?, ?, "
                    + "'a-reviewer', ?, 4, 4, 3, 5, null, true, ?)")) {
                for (int i = 0; i < 100; i++) {
                    UUID id = UUID.randomUUID();
                    Timestamp at = Timestamp.from(Instant.now().minusSeconds(i));
                    application.setObject(1, id);
                    application.setObject(2, call);
                    application.setObject(3, DEVELOPMENT_BANK);
                    application.setObject(4, applicant);
                    application.setObject(5, UUID.randomUUID());
                    application.setTimestamp(6, at);
                    application.setTimestamp(7, at);
                    application.addBatch();
                    reviewer.setObject(1, id);
                    reviewer.setObject(2, ASSOCIATION);
                    reviewer.setTimestamp(3, at);
                    reviewer.addBatch();
                    review.setObject(1, UUID.randomUUID());
                    review.setObject(2, id);
                    review.setObject(3, ASSOCIATION);
                    review.setTimestamp(4, at);
                    review.addBatch();
                }
                application.executeBatch();
                reviewer.executeBatch();
                review.executeBatch();
            }
            connection.commit();
        }
        UUID funder = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement calls = connection.prepareStatement("insert into funding_call (id, "
                    + "funder_organisation_id, funder_type, title, budget, currency, money_kind, target_kind, "
                    + "eligible_applicant_types, opens_on, closes_on, max_award, review_threshold, status, version, "
                    + "created_at, updated_at) values (?, ?, 'ENTERPRISE', 'Listed', 1000.00, 'CNY', 'GRANT', "
                    + "'SCHOOL', '{SCHOOL}', current_date, current_date, 100.00, 3.00, 'OPEN', 0, now(), now())")) {
            for (int i = 0; i < 100; i++) {
                calls.setObject(1, UUID.randomUUID());
                calls.setObject(2, funder);
                calls.addBatch();
            }
            calls.executeBatch();
        }
        Statistics statistics = sessionFactory.getStatistics();

        statistics.clear();
        as("funder").queryParam("size", 100).queryParam("funder", funder).get(API + "/calls").then()
                .statusCode(200).body("items.size()", equalTo(100));
        long calls = statistics.getPrepareStatementCount();
        // the page, its count, the recommendations in one query: 3; the outbox relay and the consumers poll meanwhile
        // (more often counted the slower the machine); one statement per item would be over 100
        assertTrue(calls <= 20, "a page of 100 calls ran " + calls + " statements");

        statistics.clear();
        as("funder").queryParam("size", 100).queryParam("applicant", applicant).get(API + "/applications").then()
                .statusCode(200).body("items.size()", equalTo(100))
                .body("items[99].reviewers[0].reviewed", equalTo(true)).body("items[99].meanScore", equalTo(4.0f));
        long applications = statistics.getPrepareStatementCount();
        // the page, its count, the reviewers, their reviews, the review sums: 5; background polls as above
        assertTrue(applications <= 20, "a page of 100 applications ran " + applications + " statements");
    }
}
