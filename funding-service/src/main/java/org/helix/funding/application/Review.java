package org.helix.funding.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/** An assigned reviewer's scores (1–5 per criterion) for an application, once each. */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Column(name = "reviewer_subject", nullable = false)
    public String reviewerSubject;

    @Column(name = "reviewer_organisation_id")
    public UUID reviewerOrganisationId;

    @Column(nullable = false)
    public short relevance;

    @Column(nullable = false)
    public short feasibility;

    @Column(nullable = false)
    public short impact;

    @Column(name = "value_for_money", nullable = false)
    public short valueForMoney;

    public String comment;

    /** The reviewer declared having no conflict of interest with the applicant. */
    @Column(name = "no_conflict_declared", nullable = false)
    public boolean noConflictDeclared;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** The mean of the four criteria, half-up to two decimals. */
    public BigDecimal mean() {
        return BigDecimal.valueOf(relevance + feasibility + impact + valueForMoney)
                .divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
    }
}
