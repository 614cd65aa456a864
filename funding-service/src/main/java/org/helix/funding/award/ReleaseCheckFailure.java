package org.helix.funding.award;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A milestone that released nothing, the check it failed and why: shown to the funder with the award. */
@Entity
@Table(name = "release_check_failure")
public class ReleaseCheckFailure extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "award_id")
    public UUID awardId;

    @Column(name = "tranche_id")
    public UUID trancheId;

    @Column(name = "milestone_id", nullable = false)
    public UUID milestoneId;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_name", nullable = false)
    public ReleaseCheck check;

    @Column(nullable = false)
    public String reason;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
