package org.helix.funding.call;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.helix.platform.messaging.inbox.PoisonEventException;
import org.helix.platform.testing.ContractFixture;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * This service reads governance's ResolutionAdopted as governance's schema documents it: a FUNDING_RECOMMENDATION names
 * its calls in {@code callIds} (optional, at most 20); other kinds are read and left alone.
 */
class RecommendationContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFundingRecommendationNamesItsCallsInCallIds() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        ContractFixture adopted = recommendation().with("callIds", List.of(first.toString(), second.toString()));
        FundingRecommendations.Data data = FundingRecommendations.Data.of(event(adopted.json()));
        assertTrue(data.recommendsFunding());
        assertEquals(UUID.fromString(adopted.text("resolutionId")), data.resolutionId());
        assertEquals(UUID.fromString(adopted.text("committeeId")), data.committeeId());
        assertEquals(adopted.text("title"), data.title());
        assertEquals(List.of(first, second), data.callIds());

        // as many as governance allows (its schema's maxItems)
        List<String> twenty = Collections.nCopies(20, "").stream().map(x -> UUID.randomUUID().toString()).toList();
        assertEquals(20, FundingRecommendations.Data.of(event(recommendation().with("callIds", twenty).json()))
                .callIds().size());
        // written before the field existed, or sent as null: no call named
        assertEquals(List.of(), FundingRecommendations.Data.of(event(recommendation().without("callIds").json()))
                .callIds());
        assertEquals(List.of(), FundingRecommendations.Data.of(event(recommendation().with("callIds", null)
                .unchecked())).callIds());
    }

    @Test
    void anotherKindIsReadAndLeftAlone() throws Exception {
        FundingRecommendations.Data policy = FundingRecommendations.Data.of(event(recommendation()
                .with("kind", "POLICY").json()));
        assertFalse(policy.recommendsFunding());
        assertEquals(List.of(), policy.callIds());
    }

    @Test
    void callIdsGovernanceWouldNeverSendArePoison() {
        List<String> tooMany = Collections.nCopies(21, "").stream().map(x -> UUID.randomUUID().toString()).toList();
        for (Object callIds : List.<Object>of(List.of("not-a-uuid"), List.of(42), "a text", tooMany)) {
            assertThrows(PoisonEventException.class, () -> FundingRecommendations.Data.of(event(recommendation()
                    .with("callIds", callIds).unchecked())), String.valueOf(callIds));
        }
    }

    private static ContractFixture recommendation() {
        return ContractFixture.ofEvent("governance-service", "ResolutionAdopted")
                .with("kind", "FUNDING_RECOMMENDATION").with("schoolId", null).with("courseOrProgramme", null);
    }

    private static IncomingEvent event(String json) throws Exception {
        return new IncomingEvent(UUID.randomUUID().toString(), FundingRecommendations.ADOPTED, "/helix/governance",
                null, null, null, JSON.readTree(json), "helix.governance.v1");
    }
}
