package org.helix.gateway.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Values the access log writes: durations and generated request ids. */
class AccessLogFormatTest {

    @Test
    void accessLogDurationsAndGeneratedRequestIdsAreWellFormed() {
        assertEquals("0.000", AccessLogHandler.millis(0));
        assertEquals("1.005", AccessLogHandler.millis(1_005_999));
        assertEquals("12.340", AccessLogHandler.millis(12_340_000));
        String id = RequestIds.acceptOrGenerate(null);
        assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), id);
        assertFalse(id.equals(RequestIds.acceptOrGenerate(null)));
    }
}
