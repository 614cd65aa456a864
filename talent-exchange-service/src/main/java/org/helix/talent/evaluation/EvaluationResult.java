package org.helix.talent.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A section's published evaluation result: averages only, from at least the configured number of responses. */
@Entity
@Table(name = "evaluation_result")
public class EvaluationResult extends PanacheEntityBase {

    @Id
    @Column(name = "section_id")
    public UUID sectionId;

    @Column(name = "teacher_profile_id", nullable = false)
    public UUID teacherProfileId;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Column(nullable = false)
    public String term;

    @Column(nullable = false)
    public int responses;

    @Column(name = "average_score", nullable = false)
    public BigDecimal averageScore;

    @Column(nullable = false)
    public BigDecimal clarity;

    @Column(nullable = false)
    public BigDecimal preparation;

    @Column(nullable = false)
    public BigDecimal engagement;

    @Column(nullable = false)
    public BigDecimal fairness;

    @Column(name = "practical_relevance", nullable = false)
    public BigDecimal practicalRelevance;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
