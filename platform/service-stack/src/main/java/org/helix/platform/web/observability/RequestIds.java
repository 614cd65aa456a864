package org.helix.platform.web.observability;

import org.helix.platform.edge.RequestIdRule;
import org.jboss.logging.MDC;

/** The id of the request being served; it is in every log line (MDC {@code requestId}) and every problem body. */
public final class RequestIds {

    public static final String HEADER = RequestIdRule.HEADER;
    public static final String MDC_KEY = RequestIdRule.LOG_KEY;

    private RequestIds() {
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
