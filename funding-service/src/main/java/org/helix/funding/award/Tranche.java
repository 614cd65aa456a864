package org.helix.funding.award;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A part of an award, paid when its milestone is verified; the tranches of an award sum to it exactly. */
@Entity
@Table(name = "tranche")
public class Tranche extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "award_id", nullable = false, insertable = false, updatable = false)
    public UUID awardId;

    @Column(nullable = false)
    public int sequence;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(name = "milestone_title", nullable = false)
    public String milestoneTitle;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrancheStatus status;

    /** Incubation's milestone that released it (or that its first MilestoneAchieved named). */
    @Column(name = "milestone_id")
    public UUID milestoneId;

    @Column(name = "released_at")
    public Instant releasedAt;

    /** Who released it by evidence (a funder's representative or admin); null when a milestone released it. */
    @Column(name = "released_by")
    public String releasedBy;

    /** The evidence noted with a release by the funder; null when a milestone released it. */
    @Column(name = "release_evidence")
    public String releaseEvidence;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;
}
