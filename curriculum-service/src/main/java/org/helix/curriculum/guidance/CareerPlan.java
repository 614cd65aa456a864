package org.helix.curriculum.guidance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A student's career plan: goals and target occupations (one per student). */
@Entity
@Table(name = "career_plan")
public class CareerPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Column(name = "student_subject", nullable = false)
    public String studentSubject;

    @Column(nullable = false)
    public String goals;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_occupations", nullable = false, columnDefinition = "text[]")
    public String[] targetOccupations;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
