package org.helix.funding.input;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.MalformedInputs;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URL;

import static org.helix.funding.FundingFixtures.demoOrganisations;

/**
 * Malformed requests against every operation of the service's own OpenAPI document (platform/testing's
 * {@link MalformedInputs}): never a 5xx, always problem+json, a malformed parameter is a 400 naming it, money amounts
 * out of bounds refused, and the domain tables unchanged after every batch in which everything was refused.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class MalformedInputTest {

    private static final String TABLES = "organisation, project, appointment, funding_call, call_recommendation, "
            + "application, application_reviewer, review, award, tranche, disbursement, release_check_failure, "
            + "ledger, ledger_party, ledger_entry, ledger_allocation, audit_record, helix_outbox";

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    @Test
    void noMalformedRequestGetsA5xxOrChangesTheDatabase() throws Exception {
        demoOrganisations();
        new MalformedInputs(root, dataSource, "/api/funding", TABLES)
                .pathParameter("sequence", "1")
                .sentAs(path -> "admin")
                .run().assertNoneGotA5xxOrChangedTheDatabase();
    }
}
