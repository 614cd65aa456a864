package org.helix.incubation.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/** One reviewer's rubric review of a project under screening: four criteria scored 1–5. */
@Entity
@Table(name = "project_review")
public class Review extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "reviewer_subject", nullable = false)
    public String reviewerSubject;

    /** expert or teacher. */
    @Column(name = "reviewer_role", nullable = false)
    public String reviewerRole;

    public int innovation;
    public int feasibility;
    public int market;
    public int team;
    public String comment;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The mean of the four criteria, to two decimals (half up). */
    public BigDecimal score() {
        return BigDecimal.valueOf(innovation + feasibility + market + team).divide(BigDecimal.valueOf(4), 2,
                RoundingMode.HALF_UP);
    }
}
