package org.helix.funding.openapi;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.ReplicaConformance;
import org.junit.jupiter.api.Test;

/** Every GET operation of the document this service serves answers, with real content, what the document says. */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class OpenApiConformanceTest {

    @Test
    void everyGetOperationAnswersWhatTheDocumentSays() {
        ReplicaConformance.assertOrganisationReadsMatchTheDocument("funding");
    }
}
