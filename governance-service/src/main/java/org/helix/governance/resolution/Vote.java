package org.helix.governance.resolution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A member organisation's vote on a resolution: one per organisation, enforced by the database. */
@Entity
@Table(name = "resolution_vote")
public class Vote extends PanacheEntityBase {

    static final String ONCE_CONSTRAINT = "resolution_vote_once";

    @Id
    public UUID id;

    @Column(name = "resolution_id", nullable = false)
    public UUID resolutionId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VoteChoice choice;

    @Column(name = "cast_at", nullable = false)
    public Instant castAt;

    @Column(name = "cast_by", nullable = false)
    public String castBy;
}
