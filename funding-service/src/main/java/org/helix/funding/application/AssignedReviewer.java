package org.helix.funding.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A person (Keycloak subject) the funder assigned to review an application, with their organisation. */
@Entity
@Table(name = "application_reviewer")
public class AssignedReviewer extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "application_id") UUID applicationId,
            @Column(name = "reviewer_subject") String reviewerSubject) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "reviewer_organisation_id", nullable = false)
    public UUID reviewerOrganisationId;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;
}
