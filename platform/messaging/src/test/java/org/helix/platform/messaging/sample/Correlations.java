package org.helix.platform.messaging.sample;

import jakarta.ws.rs.Path;
import org.helix.platform.messaging.correlation.CorrelationEndpoint;

/** How a service exposes its part of a chain of work: under its own base path. */
@Path("/api/sample/admin/correlations")
public class Correlations extends CorrelationEndpoint {
}
