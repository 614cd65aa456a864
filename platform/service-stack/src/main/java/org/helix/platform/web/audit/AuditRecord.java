package org.helix.platform.web.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Who changed what, when, and the resource before and after (as JSON). */
@Entity
@Table(name = "audit_record")
public class AuditRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String subject;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_id", nullable = false)
    public String resourceId;

    @Column(nullable = false)
    public String action;

    @Column(name = "before_state")
    public String beforeState;

    @Column(name = "after_state")
    public String afterState;

    @Column(name = "request_id")
    public String requestId;

    /** The first request's id, also when the change was made by an event that request caused (another service's). */
    @Column(name = "correlation_id")
    public String correlationId;
}
