package org.helix.funding.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.helix.platform.testing.ContractFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * This service reads incubation's project events as incubation documents them: the documents come from incubation's
 * schema files, so a change there that this service cannot read breaks this build.
 */
class ProjectContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"ProjectSubmitted", "ProjectAdmitted", "ProjectDeclined", "ProjectGraduated",
            "ProjectDiscontinued"})
    void theProjectReplicaReadsWhatIncubationDocuments(String eventType) throws Exception {
        ContractFixture document = ContractFixture.ofEvent("incubation-service", eventType);
        String type = "helix.incubation." + eventType;
        ProjectReplica.Data data = ProjectReplica.Data.of(new IncomingEvent(UUID.randomUUID().toString(), type,
                "/helix/incubation", null, null, document.text("projectId"), JSON.readTree(document.json()),
                "helix.incubation.v1"));
        assertEquals(UUID.fromString(document.text("projectId")), data.projectId());
        assertEquals(UUID.fromString(document.text("schoolId")), data.schoolId());
        assertEquals(document.text("title"), data.title());
        assertEquals(document.text("teamLeadSubject"), data.teamLeadSubject());
        assertTrue(ProjectReplica.STATUS_OF.containsKey(type));
        assertEquals(document.text("status"), ProjectReplica.STATUS_OF.get(type).name(),
                "the status incubation sends is the one this service records");
    }
}
