package org.helix.curriculum.course;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A published version of a course: written once, never changed (Hibernate never updates an immutable entity). */
@Entity
@Immutable
@Table(name = "course_version")
@IdClass(CourseVersion.Key.class)
public class CourseVersion extends PanacheEntityBase {

    public static class Key implements Serializable {
        public UUID courseId;
        public int number;

        public Key() {
        }

        public Key(UUID courseId, int number) {
            this.courseId = courseId;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.number == number && Objects.equals(key.courseId, courseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(courseId, number);
        }
    }

    @Id
    @Column(name = "course_id")
    public UUID courseId;

    @Id
    public int number;

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

    @Column(nullable = false)
    public boolean retired;

    @Column(name = "revision_id")
    public UUID revisionId;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;
}
