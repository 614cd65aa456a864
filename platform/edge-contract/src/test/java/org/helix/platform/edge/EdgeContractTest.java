package org.helix.platform.edge;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdgeContractTest {

    @Test
    void keepsVisibleAsciiIdsUpToTheLimit() {
        for (String id : new String[] {"a", "req-1", "partner/abc:42", "x".repeat(RequestIdRule.MAX_LENGTH),
                "!\"#$%&'()*+,-./~", "trace=00-ab;span=01"}) {
            assertTrue(RequestIdRule.acceptable(id), id);
            assertEquals(id, RequestIdRule.acceptOrGenerate(id));
        }
    }

    @Test
    void replacesEmptyLongAndUnprintableIds() {
        for (String id : new String[] {null, "", "x".repeat(RequestIdRule.MAX_LENGTH + 1), "with space", "tab\t",
                "new\nline", "üñí", "\u0000", "del\u007f"}) {
            assertFalse(RequestIdRule.acceptable(id), String.valueOf(id));
            String replaced = RequestIdRule.acceptOrGenerate(id);
            assertNotEquals(id, replaced);
            assertEquals(4, UUID.fromString(replaced).version());
        }
    }

    @Test
    void generatedIdsAreDistinctVersion4Uuids() {
        String one = RequestIdRule.generate();
        String two = RequestIdRule.generate();
        assertNotEquals(one, two);
        assertEquals(2, UUID.fromString(one).variant());
        assertTrue(RequestIdRule.acceptable(one));
    }

    @Test
    void problemTypesAreUrnsOfWellFormedSlugs() {
        assertEquals("urn:helix:problem:not-found", ProblemTypes.uri(ProblemTypes.NOT_FOUND));
        assertDoesNotThrow(() -> ProblemTypes.uri("already-signed"));
        assertThrows(IllegalArgumentException.class, () -> ProblemTypes.uri("Not Found"));
        assertThrows(IllegalArgumentException.class, () -> ProblemTypes.uri("-x"));
    }
}
