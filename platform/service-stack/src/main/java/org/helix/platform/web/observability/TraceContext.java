package org.helix.platform.web.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import org.jboss.logging.MDC;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) of the request being served, passed on to the
 * events it causes without recording spans. The services run with the OpenTelemetry SDK off (no exporter is built
 * in, so every span was recorded for nobody at a third of a request's CPU); this keeps the one thing the suite needs
 * from tracing: one trace id from a partner's request through every service. With the SDK on (an operator who builds
 * with an exporter), the span OpenTelemetry made for the request is used instead.
 */
public final class TraceContext {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    /** A longer {@code tracestate} is dropped rather than passed on (W3C: vendors may truncate at 512). */
    static final int MAX_TRACESTATE = 512;

    private static final Pattern TRACEPARENT_FORMAT =
            Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
    private static final String INVALID_TRACE_ID = "0".repeat(32);
    private static final String INVALID_PARENT_ID = "0".repeat(16);
    private static final String MDC_TRACEPARENT = "traceparent";
    private static final String MDC_TRACESTATE = "tracestate";

    private TraceContext() {
    }

    /**
     * The {@code traceparent} this service passes on for work that arrived with {@code incoming}: the same trace and
     * flags under a parent id of its own (this hop), or a new sampled trace when {@code incoming} is missing or not a
     * valid W3C value.
     */
    public static String continueFrom(String incoming) {
        Matcher valid = incoming == null ? null : TRACEPARENT_FORMAT.matcher(incoming);
        if (valid == null || !valid.matches() || !isUsable(valid)) {
            return format(randomHex(16), "01");
        }
        return format(valid.group(2), valid.group(4));
    }

    /** Makes the trace context of a request that arrived with these headers the current one. */
    static void enter(String incomingTraceparent, String incomingTracestate) {
        String traceparent = continueFrom(incomingTraceparent);
        MDC.put(MDC_TRACEPARENT, traceparent);
        boolean sameTrace = incomingTraceparent != null
                && traceparent.regionMatches(3, incomingTraceparent, 3, 32);
        if (sameTrace && incomingTracestate != null && !incomingTracestate.isBlank()
                && incomingTracestate.length() <= MAX_TRACESTATE) {
            MDC.put(MDC_TRACESTATE, incomingTracestate);
        } else {
            MDC.remove(MDC_TRACESTATE);
        }
    }

    /**
     * The trace context to pass on now, as the headers of the same names: OpenTelemetry's when a span is current
     * (the SDK is on, or an event is being applied in its trace), else the request's; empty outside both.
     */
    public static Map<String, String> current() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (Span.current().getSpanContext().isValid()) {
            W3CTraceContextPropagator.getInstance().inject(Context.current(), headers, Map::put);
            return headers;
        }
        Object traceparent = MDC.get(MDC_TRACEPARENT);
        if (traceparent != null) {
            headers.put(TRACEPARENT, traceparent.toString());
            Object tracestate = MDC.get(MDC_TRACESTATE);
            if (tracestate != null) {
                headers.put(TRACESTATE, tracestate.toString());
            }
        }
        return headers;
    }

    private static boolean isUsable(Matcher traceparent) {
        String version = traceparent.group(1);
        boolean extraFields = traceparent.group(5) != null;
        return !"ff".equals(version) && !("00".equals(version) && extraFields)
                && !INVALID_TRACE_ID.equals(traceparent.group(2)) && !INVALID_PARENT_ID.equals(traceparent.group(3));
    }

    private static String format(String traceId, String flags) {
        return "00-" + traceId + "-" + randomHex(8) + "-" + flags;
    }

    /** {@code bytes} random bytes as lower-case hex, never all zero (W3C: an all-zero id is invalid). */
    private static String randomHex(int bytes) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder hex = new StringBuilder(bytes * 2);
        boolean allZero = true;
        for (int i = 0; i < bytes; i++) {
            int value = random.nextInt(256);
            allZero &= value == 0;
            hex.append(Character.forDigit(value >> 4, 16)).append(Character.forDigit(value & 0xf, 16));
        }
        return allZero ? randomHex(bytes) : hex.toString();
    }
}
