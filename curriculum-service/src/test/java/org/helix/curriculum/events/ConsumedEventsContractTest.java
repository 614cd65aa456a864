package org.helix.curriculum.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.helix.curriculum.revision.ResolutionsAdopted;
import org.helix.curriculum.teaching.ProfileReplica;
import org.helix.curriculum.teaching.Ratings;
import org.helix.curriculum.teaching.TeachingAppointments;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.helix.platform.messaging.inbox.PoisonEventException;
import org.helix.platform.testing.ContractFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * This service reads talent's and governance's events as their schema files define them (documents built from and
 * checked against the producers' files), and a document without what it needs is poison (a dead letter).
 */
class ConsumedEventsContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"ProfileRegistered", "ProfileUpdated"})
    void profilesAreReadAsTalentDocumentsThem(String type) throws Exception {
        ContractFixture document = ContractFixture.ofEvent("talent-exchange-service", type).with("kind", "EXPERT")
                .with("personSubject", null).with("version", 3);
        ProfileReplica.Data data = ProfileReplica.Data.of(event("talent", type, document.json()));
        assertEquals(UUID.fromString(document.text("profileId")), data.profileId());
        assertEquals("EXPERT", data.kind());
        assertEquals(UUID.fromString(document.text("organisationId")), data.organisationId());
        assertNull(data.personSubject());
        assertEquals(document.text("displayName"), data.displayName());
        assertEquals(3, data.version());
        assertThrows(PoisonEventException.class, () -> ProfileReplica.Data.of(event("talent", type,
                document.without("organisationId").unchecked())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AppointmentActivated", "AppointmentCompleted", "AppointmentTerminated"})
    void appointmentsAreReadAsTalentDocumentsThem(String type) throws Exception {
        ContractFixture document = ContractFixture.ofEvent("talent-exchange-service", type)
                .with("kind", "PART_TIME_TEACHING");
        if (!type.equals("AppointmentActivated")) {
            document = document.with("endedOn", "2026-10-31");
        }
        TeachingAppointments.Data data = TeachingAppointments.Data.of(event("talent", type, document.json()));
        assertEquals(UUID.fromString(document.text("appointmentId")), data.appointmentId());
        assertEquals(UUID.fromString(document.text("profileId")), data.profileId());
        assertEquals(UUID.fromString(document.text("hostOrganisationId")), data.hostOrganisationId());
        assertEquals(type.equals("AppointmentActivated") ? null : LocalDate.of(2026, 10, 31), data.endedOn());
        ContractFixture broken = document.without("hostOrganisationId");
        assertThrows(PoisonEventException.class, () -> TeachingAppointments.Data.of(event("talent", type,
                broken.unchecked())));
    }

    @Test
    void evaluationsAreReadAsTalentDocumentsThem() throws Exception {
        ContractFixture document = ContractFixture.ofEvent("talent-exchange-service", "EvaluationPublished",
                Map.of("term", "2026-AUTUMN")).with("responses", 7).with("averageScore", 4.256);
        Ratings.Data data = Ratings.Data.of(event("talent", "EvaluationPublished", document.json()));
        assertEquals(UUID.fromString(document.text("sectionId")), data.sectionId());
        assertEquals(UUID.fromString(document.text("profileId")), data.profileId());
        assertEquals(7, data.responses());
        assertEquals(new BigDecimal("4.26"), data.averageScore());
        assertEquals("2026-AUTUMN", data.term());
        assertThrows(PoisonEventException.class, () -> Ratings.Data.of(event("talent", "EvaluationPublished",
                document.with("averageScore", 7).unchecked())));
        assertThrows(PoisonEventException.class, () -> Ratings.Data.of(event("talent", "EvaluationPublished",
                document.without("sectionId").unchecked())));
    }

    @Test
    void curriculumRevisionResolutionsAreReadAsGovernanceDocumentsThem() throws Exception {
        ContractFixture document = ContractFixture.ofEvent("governance-service", "ResolutionAdopted")
                .with("kind", "CURRICULUM_REVISION").with("courseOrProgramme", "CNC-201");
        ResolutionsAdopted.Data data = ResolutionsAdopted.Data.of(event("governance", "ResolutionAdopted",
                document.json()));
        assertEquals(UUID.fromString(document.text("resolutionId")), data.resolutionId());
        assertEquals(UUID.fromString(document.text("schoolId")), data.schoolId());
        assertEquals("CNC-201", data.courseOrProgramme());
        assertThrows(PoisonEventException.class, () -> ResolutionsAdopted.Data.of(event("governance",
                "ResolutionAdopted", document.with("schoolId", null).unchecked())));
        // another kind needs no school: it is read and then left alone
        ResolutionsAdopted.Data general = ResolutionsAdopted.Data.of(event("governance", "ResolutionAdopted",
                document.with("kind", "GENERAL").with("schoolId", null).json()));
        assertNull(general.schoolId());
    }

    private static IncomingEvent event(String producer, String type, String json) throws Exception {
        return new IncomingEvent(UUID.randomUUID().toString(), "helix." + producer + "." + type, "/helix/" + producer,
                null, null, null, JSON.readTree(json), "helix." + producer + ".v1");
    }
}
