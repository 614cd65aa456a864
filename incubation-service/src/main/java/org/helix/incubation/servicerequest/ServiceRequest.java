package org.helix.incubation.servicerequest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A project's request to a provider organisation (training, business registration, ...). */
@Entity
@Table(name = "service_request")
public class ServiceRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServiceRequestKind kind;

    @Column(name = "provider_organisation_id", nullable = false)
    public UUID providerOrganisationId;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ServiceRequestStatus status;

    /** The provider accepts or declines by then (the kind's configured response days after the request). */
    @Column(name = "respond_by", nullable = false)
    public Instant respondBy;

    @Column(name = "responded_at")
    public Instant respondedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    public String outcome;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
