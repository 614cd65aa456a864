package org.helix.talent.input;

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

import static org.helix.talent.TalentFixtures.demoOrganisations;

/**
 * Malformed requests against every operation of the service's own OpenAPI document (platform/testing's
 * {@link MalformedInputs}): never a 5xx, always problem+json, a malformed parameter is a 400 naming it, and the
 * domain tables are unchanged after every batch in which everything was refused.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "talent"))
class MalformedInputTest {

    private static final String TABLES = "organisation, profile, cooperation_agreement, appointment, appointment_pay_line, "
            + "assessment, school_practice_target, evaluation_eligibility, evaluation_response, evaluation_result, "
            + "audit_record, helix_outbox";

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    @Test
    void noMalformedRequestGetsA5xxOrChangesTheDatabase() throws Exception {
        demoOrganisations();
        new MalformedInputs(root, dataSource, "/api/talent-exchange", TABLES)
                // a student's evaluation is the student's to send; admin's roles reach every other operation
                .sentAs(path -> path.endsWith("/evaluations") ? "student" : "admin")
                .run().assertNoneGotA5xxOrChangedTheDatabase();
    }
}
