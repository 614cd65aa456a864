package org.helix.curriculum.audit;

import jakarta.ws.rs.Path;
import org.helix.platform.messaging.correlation.CorrelationEndpoint;

/** This service's part of one chain of work (admin); the gateway's {@code /api/admin/correlations/{id}} joins all. */
@Path("/api/curriculum/admin/correlations")
public class Correlations extends CorrelationEndpoint {
}
