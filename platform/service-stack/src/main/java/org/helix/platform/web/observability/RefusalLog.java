package org.helix.platform.web.observability;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.helix.platform.web.problem.Problem;
import org.jboss.logging.Logger;

/**
 * One log line for every request the API refuses with a 4xx problem (5xx are logged with their stack trace where
 * they happen), so the {@code requestId} a client quotes from a problem body leads to a line in this service's log
 * (the id is in the line's MDC). Quiet it with
 * {@code quarkus.log.category."org.helix.platform.web.observability.RefusalLog".level=WARN}.
 */
@Provider
public class RefusalLog implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(RefusalLog.class);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || status >= 500 || !LOG.isInfoEnabled()) {
            return;
        }
        String type = response.getEntity() instanceof Problem problem ? problem.type() : "-";
        LOG.infof("%s %s refused: %d %s", request.getMethod(), request.getUriInfo().getRequestUri().getRawPath(), status, type);
    }
}
