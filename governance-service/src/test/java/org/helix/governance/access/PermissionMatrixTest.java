package org.helix.governance.access;

import io.quarkus.test.junit.QuarkusTest;
import org.helix.governance.GovernanceServers;
import org.helix.platform.testing.OpenApiConformance;
import org.helix.platform.testing.PermissionMatrix;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

/**
 * Walks {@link PermissionTable} against the running service — every governance endpoint, every kind of caller —,
 * checks every operation of the service's OpenAPI document has a row, and checks the README's permission matrix
 * (between its markers) is the table rendered, so the documentation cannot drift from the code.
 */
@QuarkusTest
@GovernanceServers
class PermissionMatrixTest {

    /** The rows prepare their own records, so they are walked a few at a time. */
    private static final int PARALLEL_ROWS = 4;

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() {
        PermissionWorld world = new PermissionWorld();
        new PermissionMatrix("/api/governance", PermissionTable.CALLERS, PermissionTable.rows(world),
                PermissionTable.STYLE).assertHolds(OpenApiConformance.load("/q/openapi?format=json"),
                Path.of("README.md"), PARALLEL_ROWS);
    }
}
