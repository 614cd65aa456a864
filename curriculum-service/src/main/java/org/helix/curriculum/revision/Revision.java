package org.helix.curriculum.revision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.helix.curriculum.course.CourseType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A proposed change to a school's catalogue and the content it proposes (none for RETIRE). */
@Entity
@Table(name = "revision")
public class Revision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RevisionChange change;

    @Column(name = "course_id")
    public UUID courseId;

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "resolution_id")
    public UUID resolutionId;

    /** What it is about, in words (from the resolution for a revision opened by governance). */
    @Column(nullable = false)
    public String subject;

    public String rationale;

    /** The new course's code (ADD). */
    public String code;

    public String title;

    @Enumerated(EnumType.STRING)
    public CourseType type;

    public BigDecimal credits;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skill_ids", columnDefinition = "uuid[]")
    public UUID[] skillIds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RevisionStatus status;

    /** The course version publishing made. */
    @Column(name = "published_version")
    public Integer publishedVersion;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
