package org.helix.governance.input;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.helix.governance.GovernanceServers;
import org.helix.platform.testing.MalformedInputs;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URL;

import static org.helix.governance.GovernanceFixtures.demoOrganisations;
import static org.helix.governance.GovernanceFixtures.macro;
import static org.helix.governance.GovernanceFixtures.meso;
import static org.helix.governance.GovernanceFixtures.unique;

/**
 * Malformed requests against every operation of the service's own OpenAPI document (platform/testing's
 * {@link MalformedInputs}): never a 5xx, always problem+json, a malformed parameter is a 400 naming it, and the
 * domain tables are unchanged after every batch in which everything was refused.
 */
@QuarkusTest
@GovernanceServers
class MalformedInputTest {

    private static final String TABLES = "organisation, committee, committee_department, membership, regulation, "
            + "meeting, meeting_agenda_item, meeting_attendance, resolution, resolution_vote, action_item, problem, "
            + "problem_step, agreement, agreement_party, audit_record, helix_outbox";

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    @Test
    void noMalformedRequestGetsA5xxOrChangesTheDatabase() throws Exception {
        demoOrganisations();
        String committee = meso(unique("Fuzz alliance"), macro(unique("Fuzz MACRO")), "fuzzing").toString();
        new MalformedInputs(root, dataSource, "/api/governance", TABLES)
                .pathParameter("committeeId", committee)
                .run().assertNoneGotA5xxOrChangedTheDatabase();
    }
}
