package org.helix.platform.web.observability;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Takes the caller's {@code X-Request-Id} (the gateway always sends one) or makes one, puts it in the logging
 * context and echoes it in the response. Runs before anything else so even early refusals carry it.
 */
@Singleton
public class RequestIdFilter {

    /** Only ids that are safe to log and echo; anything else is replaced. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String id = context.request().getHeader(RequestIds.HEADER);
            if (id == null || !SAFE_ID.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
            }
            MDC.put(RequestIds.MDC_KEY, id);
            context.put(RequestIds.MDC_KEY, id);
            context.response().putHeader(RequestIds.HEADER, id);
            context.next();
        }, 1000);
    }
}
