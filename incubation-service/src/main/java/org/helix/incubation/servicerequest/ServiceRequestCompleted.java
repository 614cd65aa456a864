package org.helix.incubation.servicerequest;

import java.time.Instant;
import java.util.UUID;

/** Data of ServiceRequestCompleted ({@code events/ServiceRequestCompleted.schema.json}). Key = request id. */
public record ServiceRequestCompleted(UUID requestId, ServiceRequestKind kind, UUID projectId,
        UUID providerOrganisationId, String outcome, long daysToComplete, Instant completedAt) {

    public static final String TYPE = "ServiceRequestCompleted";

    static ServiceRequestCompleted of(ServiceRequest r) {
        long days = java.time.Duration.between(r.createdAt, r.completedAt).toDays();
        return new ServiceRequestCompleted(r.id, r.kind, r.projectId, r.providerOrganisationId, r.outcome, days,
                r.completedAt);
    }
}
