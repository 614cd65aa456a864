package org.helix.incubation.funding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One tranche of an award, tied to the milestone created for it; its status follows funding's events. */
@Entity
@Table(name = "tranche")
public class Tranche extends PanacheEntityBase {

    /** Funding's tranche lifecycle {@code PENDING → RELEASED | CANCELLED}, as this service hears of it. */
    public enum Status { PENDING, RELEASED, CANCELLED }

    @Id
    public UUID id;

    @Column(name = "award_id", nullable = false)
    public UUID awardId;

    @Column(nullable = false)
    public int sequence;

    @Column(nullable = false, precision = 15, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Column(name = "milestone_id", nullable = false)
    public UUID milestoneId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "changed_at")
    public Instant changedAt;

    public String reason;
}
