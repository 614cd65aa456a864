package org.helix.incubation.input;

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

import static org.helix.incubation.IncubationFixtures.incubating;

/**
 * Malformed requests against every operation of the service's own OpenAPI document (platform/testing's
 * {@link MalformedInputs}): never a 5xx, always problem+json, a malformed parameter is a 400 naming it, and the
 * domain tables are unchanged after every batch in which everything was refused. Project paths name a real
 * INCUBATING project, so malformed bodies reach the domain code behind them.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "incubation"))
class MalformedInputTest {

    /**
     * Every table a request can write. helix_outbox is left out: the relay marks rows there as it sends them, on its
     * own schedule (behind under load), and every write that adds an event also adds its audit_record (platform
     * {@code Changes}), which is compared.
     */
    private static final String TABLES = "organisation, project, project_member, project_review, "
            + "screening_panel_member, talent_profile, teaching_appointment, mentor_load, mentorship, award, "
            + "milestone, tranche, service_request, park_space, park_allocation, training_event, "
            + "training_registration, impact_metric, audit_record";

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    @Test
    void noMalformedRequestGetsA5xxOrChangesTheDatabase() throws Exception {
        String project = incubating().toString();
        new MalformedInputs(root, dataSource, "/api/incubation", TABLES)
                .pathParameter("projectId", project)
                .pathParameter("id", project)
                // reviews are the screening panel's; admin's roles reach every other operation
                .sentAs(path -> path.endsWith("/reviews") ? "expert" : "admin")
                .run().assertNoneGotA5xxOrChangedTheDatabase();
    }
}
