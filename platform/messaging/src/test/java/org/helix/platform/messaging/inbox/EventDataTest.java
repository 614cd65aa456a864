package org.helix.platform.messaging.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Reading an event's data: what a consumer can use is returned, what it cannot is poison naming the field. */
class EventDataTest {

    private static EventData data(String json) throws IOException {
        return EventData.of(new IncomingEvent("e-1", "helix.test.Happened", "/helix/test", null, Instant.EPOCH, "k",
                new ObjectMapper().readTree(json), "helix.test.v1"));
    }

    @Test
    void datesInstantsDecimalsIntegersAndBooleansAreRead() throws IOException {
        EventData data = data("""
                {"on": "2026-03-02", "at": "2026-03-02T08:00:00Z", "money": "1200.50", "number": 1200.5,
                 "count": 7, "flag": true, "id": "%s"}""".formatted(UUID.nameUUIDFromBytes(new byte[]{1})));
        assertEquals(LocalDate.of(2026, 3, 2), data.requiredDate("on"));
        assertEquals(Instant.parse("2026-03-02T08:00:00Z"), data.requiredInstant("at"));
        assertEquals(new BigDecimal("1200.50"), data.requiredDecimal("money"));
        assertEquals(0, new BigDecimal("1200.5").compareTo(data.requiredDecimal("number")));
        assertEquals(7, data.requiredInt("count"));
        assertTrue(data.optionalBoolean("flag", false));
        assertFalse(data.optionalBoolean("absent", false));
        assertEquals(UUID.nameUUIDFromBytes(new byte[]{1}), data.optionalUuid("id"));
        assertNull(data.optionalUuid("absent"));
        assertNull(data.optionalDate("absent"));
        assertNull(data.optionalDecimal("absent"));
    }

    @Test
    void malformedValuesArePoisonNamingTheField() throws IOException {
        EventData data = data("""
                {"on": "2026-13-02", "at": "yesterday", "money": "12,00", "huge": "1E+400", "count": "seven",
                 "list": {"not": "a list"}, "id": "not-a-uuid"}""");
        assertPoison(() -> data.requiredDate("on"), "on");
        assertPoison(() -> data.requiredInstant("at"), "at");
        assertPoison(() -> data.requiredDecimal("money"), "money");
        assertPoison(() -> data.requiredDecimal("huge"), "huge");
        assertPoison(() -> data.requiredInt("count"), "count");
        assertPoison(() -> data.requiredArray("list"), "list");
        assertPoison(() -> data.optionalUuid("id"), "id");
        assertPoison(() -> data.requiredDate("missing"), "missing");
    }

    @Test
    void anElementOfAnArrayIsReadWithTheSameRules() throws IOException {
        EventData data = data("""
                {"tranches": [{"amount": "600.00"}, "not an object"]}""");
        var tranches = data.requiredArray("tranches");
        assertEquals(new BigDecimal("600.00"), data.element(tranches.get(0)).requiredDecimal("amount"));
        assertPoison(() -> data.element(tranches.get(1)), "element");
        assertPoison(() -> data.element(tranches.get(0)).requiredDecimal("sequence"), "sequence");
    }

    private static void assertPoison(Runnable read, String field) {
        PoisonEventException poison = assertThrows(PoisonEventException.class, read::run);
        assertTrue(poison.getMessage().contains(field), poison.getMessage());
    }
}
