package org.helix.curriculum.internship;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A student's internship at a host enterprise (private: the student, the school's and the host's representatives). */
@Entity
@Table(name = "internship")
public class Internship extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "base_id")
    public UUID baseId;

    @Column(name = "host_enterprise_id", nullable = false)
    public UUID hostEnterpriseId;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Column(name = "student_subject", nullable = false)
    public String studentSubject;

    /** The host's supervisor, by name. */
    @Column(nullable = false)
    public String supervisor;

    @Column(name = "planned_hours", nullable = false)
    public int plannedHours;

    @Column(name = "hours_completed")
    public Integer hoursCompleted;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InternshipStatus status;

    /** The host's evaluation when completed: 0–100 and words. */
    @Column(name = "evaluation_score")
    public Integer evaluationScore;

    public String evaluation;

    @Column(name = "end_reason")
    public String endReason;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
