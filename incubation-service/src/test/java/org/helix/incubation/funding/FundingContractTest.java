package org.helix.incubation.funding;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.helix.platform.messaging.inbox.PoisonEventException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.helix.incubation.IncubationFixtures.award;
import static org.helix.incubation.IncubationFixtures.fundingDocument;
import static org.helix.incubation.IncubationFixtures.tranche;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * This service reads funding's award and tranche events as funding documents them: every document here is checked
 * against funding's schema files ({@code funding-service/events/}) before the consumer reads it, so a change there
 * that this service cannot read breaks this build. Money stays exact at scale 2; what cannot be read is poison.
 */
class FundingContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAwardIsReadAsFundingDocumentsIt() throws Exception {
        Map<String, Object> first = tranche(1, "600.05", "Prototype", LocalDate.parse("2027-03-31"));
        Map<String, Object> second = tranche(2, "400.05", "First sales", LocalDate.parse("2027-09-30"));
        UUID project = UUID.randomUUID();
        Map<String, Object> document = award(project, "1000.10", List.of(first, second));

        AwardsAndTranches.Granted granted = AwardsAndTranches.Granted.of(event("AwardGranted",
                fundingDocument("AwardGranted", document)));

        assertEquals(UUID.fromString((String) document.get("awardId")), granted.awardId());
        assertEquals(UUID.fromString((String) document.get("callId")), granted.callId());
        assertEquals(project, granted.targetId());
        assertEquals("PROJECT", granted.targetKind());
        assertEquals(new BigDecimal("1000.10"), granted.amount());
        assertEquals(2, granted.amount().scale());
        assertEquals("CNY", granted.currency());
        assertEquals(2, granted.tranches().size());
        assertEquals(UUID.fromString((String) first.get("trancheId")), granted.tranches().get(0).trancheId());
        assertEquals(new BigDecimal("600.05"), granted.tranches().get(0).amount());
        assertEquals("Prototype", granted.tranches().get(0).milestoneTitle());
        assertEquals(LocalDate.parse("2027-03-31"), granted.tranches().get(0).dueDate());
        assertEquals(2, granted.tranches().get(1).sequence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TrancheReleased", "TrancheCancelled"})
    void trancheChangesAreReadAsFundingDocumentsThem(String type) throws Exception {
        Map<String, Object> change = new HashMap<>(Map.of("trancheId", UUID.randomUUID().toString(),
                "awardId", UUID.randomUUID().toString(), "callId", UUID.randomUUID().toString(),
                "targetKind", "PROJECT", "targetId", UUID.randomUUID().toString(), "sequence", 1,
                "amount", "250.00", "currency", "CNY", "occurredAt", "2026-11-30T10:00:00Z"));
        change.put("milestoneId", null);
        change.put("reason", "checked by the funder");
        AwardsAndTranches.TrancheChange read = AwardsAndTranches.TrancheChange.of(event(type,
                fundingDocument(type, change)));
        assertEquals(UUID.fromString((String) change.get("trancheId")), read.trancheId());
        assertEquals(UUID.fromString((String) change.get("awardId")), read.awardId());
        assertEquals("checked by the funder", read.reason());
        if (type.equals("TrancheReleased")) {
            // a release may come without a reason; a cancellation always has one (funding's schema)
            change.put("reason", null);
            assertNull(AwardsAndTranches.TrancheChange.of(event(type, fundingDocument(type, change))).reason());
        }
    }

    @Test
    void anAwardWithAnInexactAmountOrNoTranchesIsPoison() throws Exception {
        Map<String, Object> inexact = award(UUID.randomUUID(), "10.5", List.of(tranche(1, "10.50", "All",
                LocalDate.parse("2027-01-31"))));
        assertThrows(PoisonEventException.class, () -> AwardsAndTranches.Granted.of(event("AwardGranted",
                JSON.writeValueAsString(inexact))));
        Map<String, Object> empty = award(UUID.randomUUID(), "10.50", List.of());
        assertThrows(PoisonEventException.class, () -> AwardsAndTranches.Granted.of(event("AwardGranted",
                JSON.writeValueAsString(empty))));
    }

    private static IncomingEvent event(String type, String json) throws Exception {
        return new IncomingEvent(UUID.randomUUID().toString(), "helix.funding." + type, "/helix/funding", null, null,
                "key", JSON.readTree(json), "helix.funding.v1");
    }
}
