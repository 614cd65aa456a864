package org.helix.curriculum.organisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.helix.platform.testing.ContractFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * This service reads governance's organisation events as governance documents them: the documents come from
 * governance's schema files, so a change there that this service cannot read breaks this build.
 */
class OrganisationContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"OrganisationRegistered", "OrganisationUpdated"})
    void theReplicaReadsWhatGovernanceDocuments(String eventType) throws Exception {
        ContractFixture document = ContractFixture.ofEvent("governance-service", eventType)
                .with("type", "SCHOOL").with("region", "North Valley").with("version", 3);

        OrganisationReplica.Data data = OrganisationReplica.Data.of(new IncomingEvent(UUID.randomUUID().toString(),
                "helix.governance." + eventType, "/helix/governance", null, null, document.text("organisationId"),
                JSON.readTree(document.json()), "helix.governance.v1"));

        assertEquals(UUID.fromString(document.text("organisationId")), data.organisationId());
        assertEquals(document.text("name"), data.name());
        assertEquals(OrganisationType.SCHOOL, data.type());
        assertEquals("North Valley", data.region());
        assertEquals(document.text("contactEmail"), data.contactEmail());
        assertEquals(document.text("website"), data.website());
        assertEquals(3, data.version());
    }
}
