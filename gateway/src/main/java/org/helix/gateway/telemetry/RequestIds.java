package org.helix.gateway.telemetry;

import org.helix.platform.edge.RequestIdRule;

import io.vertx.ext.web.RoutingContext;

/** The {@code X-Request-Id} every request through the gateway carries (the rule itself: {@link RequestIdRule}). */
public final class RequestIds {

    public static final String HEADER = RequestIdRule.HEADER;
    /** Key of the request id in the {@link RoutingContext} data and in the logging MDC. */
    public static final String CONTEXT_KEY = RequestIdRule.LOG_KEY;

    private RequestIds() {
    }

    /** The client's id when it sent a usable one, a new random UUID otherwise. */
    public static String acceptOrGenerate(String fromClient) {
        return RequestIdRule.acceptOrGenerate(fromClient);
    }

    /** The id assigned to this request by {@link RequestIdHandler}, or null when none was assigned. */
    public static String of(RoutingContext ctx) {
        return ctx.get(CONTEXT_KEY);
    }
}
