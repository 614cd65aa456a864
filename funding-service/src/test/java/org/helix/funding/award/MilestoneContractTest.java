package org.helix.funding.award;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.helix.platform.testing.ContractFixture;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** This service reads incubation's MilestoneAchieved as incubation documents it, with or without a linked tranche. */
class MilestoneContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aMilestoneNamesItsAwardAndTrancheOrNone() throws Exception {
        ContractFixture linked = ContractFixture.ofEvent("incubation-service", "MilestoneAchieved");
        TrancheRelease.Data data = TrancheRelease.Data.of(event(linked));
        assertEquals(UUID.fromString(linked.text("milestoneId")), data.milestoneId());
        assertEquals(UUID.fromString(linked.text("projectId")), data.projectId());
        assertEquals(UUID.fromString(linked.text("awardId")), data.awardId());
        assertEquals(UUID.fromString(linked.text("trancheId")), data.trancheId());

        TrancheRelease.Data unlinked = TrancheRelease.Data.of(event(linked.with("awardId", null)
                .with("trancheId", null)));
        assertNull(unlinked.awardId());
        assertNull(unlinked.trancheId());
    }

    private static IncomingEvent event(ContractFixture document) throws Exception {
        return new IncomingEvent(UUID.randomUUID().toString(), TrancheRelease.MILESTONE_ACHIEVED,
                "/helix/incubation", null, null, document.text("projectId"), JSON.readTree(document.json()),
                "helix.incubation.v1");
    }
}
