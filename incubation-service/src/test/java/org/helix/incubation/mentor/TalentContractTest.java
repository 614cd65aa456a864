package org.helix.incubation.mentor;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.helix.platform.messaging.inbox.PoisonEventException;
import org.helix.platform.testing.ContractFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * This service reads talent's profile and appointment events as talent documents them: the documents come from
 * talent's schema files, so a change there that this service cannot read breaks this build.
 */
class TalentContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"ProfileRegistered", "ProfileUpdated"})
    void profilesAreReadAsTalentDocumentsThem(String type) throws Exception {
        ContractFixture document = ContractFixture.ofEvent("talent-exchange-service", type).with("kind", "EXPERT")
                .with("version", 4);
        TalentPool.ProfileData data = TalentPool.ProfileData.of(event(type, document.json()));
        assertEquals(UUID.fromString(document.text("profileId")), data.profileId());
        assertEquals(TalentPool.PersonKind.EXPERT, data.kind());
        assertEquals(UUID.fromString(document.text("organisationId")), data.organisationId());
        assertEquals(document.text("personSubject"), data.personSubject());
        assertEquals(document.text("displayName"), data.displayName());
        assertEquals(4, data.version());
        TalentPool.ProfileData unlinked = TalentPool.ProfileData.of(event(type, document.with("personSubject", null)
                .json()));
        assertNull(unlinked.personSubject());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AppointmentActivated", "AppointmentCompleted", "AppointmentTerminated"})
    void appointmentsAreReadAsTalentDocumentsThem(String type) throws Exception {
        ContractFixture document = ContractFixture.ofEvent("talent-exchange-service", type)
                .with("kind", "PART_TIME_TEACHING");
        TalentPool.AppointmentData data = TalentPool.AppointmentData.of(event(type, document.json()));
        assertEquals(UUID.fromString(document.text("appointmentId")), data.appointmentId());
        assertEquals(TalentPool.AppointmentKind.PART_TIME_TEACHING, data.kind());
        assertEquals(UUID.fromString(document.text("profileId")), data.profileId());
        assertEquals(UUID.fromString(document.text("hostOrganisationId")), data.hostOrganisationId());
        if (type.equals("AppointmentActivated")) {
            assertEquals(LocalDate.parse(document.text("endDate")), data.endDate());
        }
    }

    @Test
    void anAppointmentWithoutItsPersonIsPoison() throws Exception {
        ContractFixture document = ContractFixture.ofEvent("talent-exchange-service", "AppointmentActivated")
                .without("profileId");
        assertThrows(PoisonEventException.class, () -> TalentPool.AppointmentData.of(event("AppointmentActivated",
                document.unchecked())));
    }

    private static IncomingEvent event(String type, String json) throws Exception {
        return new IncomingEvent(UUID.randomUUID().toString(), "helix.talent." + type, "/helix/talent", null, null,
                "key", JSON.readTree(json), "helix.talent.v1");
    }
}
