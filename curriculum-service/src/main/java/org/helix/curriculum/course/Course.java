package org.helix.curriculum.course;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A course of a programme: what its latest published version says. The content changes only by publishing a new
 * {@link CourseVersion} (a revision); earlier versions stay as they were published.
 */
@Entity
@Table(name = "course")
public class Course extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CourseType type;

    @Column(nullable = false)
    public BigDecimal credits;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skill_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] skillIds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CourseStatus status;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
