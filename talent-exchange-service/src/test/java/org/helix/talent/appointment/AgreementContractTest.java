package org.helix.talent.appointment;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.helix.platform.messaging.inbox.PoisonEventException;
import org.helix.platform.testing.ContractFixture;
import org.helix.talent.agreement.AgreementReplica;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * This service reads governance's AgreementActivated and AgreementTerminated as governance documents them: the
 * documents come from governance's schema files, so a change there this service cannot read breaks this build.
 */
class AgreementContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"AgreementActivated", "AgreementTerminated"})
    void theReplicaReadsWhatGovernanceDocuments(String eventType) throws Exception {
        UUID school = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        ContractFixture document = ContractFixture.ofEvent("governance-service", eventType)
                .with("kind", "SCHOOL_ENTERPRISE")
                .with("partyOrganisationIds", List.of(school.toString(), enterprise.toString()));

        AgreementReplica.Data data = AgreementReplica.Data.of(event(eventType, document.json()));

        assertEquals(UUID.fromString(document.text("agreementId")), data.agreementId());
        assertEquals("SCHOOL_ENTERPRISE", data.kind());
        assertEquals(List.of(school, enterprise), data.partyOrganisationIds());
        assertEquals(document.text("reason"), data.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"partyOrganisationIds", "agreementId", "kind"})
    void anEventWithoutWhatTheGreenChannelNeedsIsPoison(String missing) throws Exception {
        ContractFixture document = ContractFixture.ofEvent("governance-service", "AgreementActivated");
        assertThrows(PoisonEventException.class, () -> AgreementReplica.Data.of(
                event("AgreementActivated", document.without(missing).unchecked())));
    }

    private static IncomingEvent event(String type, String json) throws Exception {
        return new IncomingEvent(UUID.randomUUID().toString(), "helix.governance." + type, "/helix/governance", null,
                null, null, JSON.readTree(json), "helix.governance.v1");
    }
}
