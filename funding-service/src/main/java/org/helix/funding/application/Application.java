package org.helix.funding.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.helix.funding.call.TargetKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An organisation's application to a call for one target (a project, a school, an appointment, an agreement). */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "call_id", nullable = false)
    public UUID callId;

    @Column(name = "funder_organisation_id", nullable = false)
    public UUID funderOrganisationId;

    @Column(name = "applicant_organisation_id", nullable = false)
    public UUID applicantOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false)
    public TargetKind targetKind;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(name = "requested_amount", nullable = false)
    public BigDecimal requestedAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
