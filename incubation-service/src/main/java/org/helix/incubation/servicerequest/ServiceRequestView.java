package org.helix.incubation.servicerequest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** A service request as the API returns it, and the bodies its endpoints accept. */
public record ServiceRequestView(UUID id, UUID projectId, ServiceRequestKind kind, UUID providerOrganisationId,
        String description, ServiceRequestStatus status, Instant respondBy, Instant respondedAt, Instant completedAt,
        String outcome, String declineReason, String requestedBy, long version, Instant createdAt,
        Instant updatedAt) {

    static ServiceRequestView of(ServiceRequest r) {
        return new ServiceRequestView(r.id, r.projectId, r.kind, r.providerOrganisationId, r.description, r.status,
                r.respondBy, r.respondedAt, r.completedAt, r.outcome, r.declineReason, r.requestedBy, r.version,
                r.createdAt, r.updatedAt);
    }

    public record Request(@NotNull UUID projectId, @NotNull ServiceRequestKind kind,
            @NotNull UUID providerOrganisationId, @NotBlank @Size(max = 2000) String description) {
    }

    /** A step by the provider, with the version read. */
    public record Step(@NotNull Long version) {
    }

    public record Completion(@NotBlank @Size(max = 2000) String outcome, @NotNull Long version) {
    }

    public record Declination(@NotBlank @Size(max = 2000) String reason, @NotNull Long version) {
    }
}
