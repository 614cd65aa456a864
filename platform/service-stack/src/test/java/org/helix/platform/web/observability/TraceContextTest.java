package org.helix.platform.web.observability;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraceContextTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String INCOMING = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";
    private static final Pattern VALID = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    @AfterEach
    void leaveNoContext() {
        MDC.clear();
    }

    @Test
    void aValidTraceGoesOnUnderAParentIdOfThisHop() {
        String passedOn = TraceContext.continueFrom(INCOMING);

        assertTrue(VALID.matcher(passedOn).matches(), passedOn);
        assertTrue(passedOn.startsWith("00-" + TRACE_ID + "-"), "same trace: " + passedOn);
        assertTrue(passedOn.endsWith("-01"), "same flags: " + passedOn);
        assertNotEquals(INCOMING, passedOn, "this service is a hop of its own");
    }

    @Test
    void theFlagsOfTheCallerAreKept() {
        assertTrue(TraceContext.continueFrom("00-" + TRACE_ID + "-00f067aa0ba902b7-00").endsWith("-00"));
    }

    @Test
    void aLaterVersionIsReadByItsFirstFieldsAndPassedOnAsVersion00() {
        String passedOn = TraceContext.continueFrom("01-" + TRACE_ID + "-00f067aa0ba902b7-01-what-comes-next");

        assertTrue(passedOn.startsWith("00-" + TRACE_ID + "-"), passedOn);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "garbage", "00-" + TRACE_ID + "-00f067aa0ba902b7", // a field missing
            "00-" + TRACE_ID + "-00f067aa0ba902b7-01-extra",                          // version 00 has four fields
            "ff-" + TRACE_ID + "-00f067aa0ba902b7-01",                                // version ff is invalid
            "00-00000000000000000000000000000000-00f067aa0ba902b7-01",                // all-zero trace id
            "00-" + TRACE_ID + "-0000000000000000-01",                                // all-zero parent id
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"})               // upper case
    void anythingElseStartsANewSampledTrace(String incoming) {
        String passedOn = TraceContext.continueFrom(incoming);

        assertTrue(VALID.matcher(passedOn).matches(), passedOn);
        assertFalse(passedOn.contains(TRACE_ID) || passedOn.contains(TRACE_ID.toUpperCase()), passedOn);
        assertTrue(passedOn.endsWith("-01"), passedOn);
    }

    @Test
    void newTracesDiffer() {
        assertNotEquals(TraceContext.continueFrom(null).substring(3, 35), TraceContext.continueFrom(null).substring(3, 35));
    }

    @Test
    void theRequestsContextIsWhatIsPassedOnWithItsTracestate() {
        TraceContext.enter(INCOMING, "vendor=opaque");

        Map<String, String> current = TraceContext.current();

        assertTrue(current.get("traceparent").startsWith("00-" + TRACE_ID + "-"), current.toString());
        assertEquals("vendor=opaque", current.get("tracestate"));
    }

    @Test
    void aTracestateGoesOnlyWithTheTraceItBelongsToAndWithinItsLimit() {
        TraceContext.enter("garbage", "vendor=opaque");
        assertFalse(TraceContext.current().containsKey("tracestate"), "a new trace starts without the old state");

        TraceContext.enter(INCOMING, "v=" + "x".repeat(TraceContext.MAX_TRACESTATE));
        assertFalse(TraceContext.current().containsKey("tracestate"), "an oversized tracestate is dropped");
        assertTrue(TraceContext.current().containsKey("traceparent"));
    }

    @Test
    void outsideARequestThereIsNothingToPassOn() {
        assertTrue(TraceContext.current().isEmpty());
    }
}
