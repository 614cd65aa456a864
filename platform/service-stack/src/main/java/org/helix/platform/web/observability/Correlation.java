package org.helix.platform.web.observability;

import org.jboss.logging.MDC;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The correlation id of the work being done: one id from the first request through every event and audit row it
 * causes, in every service. A request's correlation id is its request id ({@link RequestIdFilter}); an event carries
 * it as the CloudEvents extension attribute {@code correlationid}, and a consumer applying the event works under it
 * ({@link #within}), so what that causes carries it on. It is in the logging context (MDC {@value #MDC_KEY}) too.
 */
public final class Correlation {

    public static final String MDC_KEY = "correlationId";

    private Correlation() {
    }

    /** The current correlation id; empty outside a request or an event being applied (a scheduled job, say). */
    public static Optional<String> current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? Optional.empty() : Optional.of(id.toString());
    }

    /** Runs {@code work} under {@code id}, restoring the id that was current before. */
    public static <T> T within(String id, Supplier<T> work) {
        Object before = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        try {
            return work.get();
        } finally {
            if (before == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, before);
            }
        }
    }
}
