package org.helix.curriculum.course;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A skill the current version of an ACTIVE course teaches (maintained by {@link Courses#publish}). */
@Entity
@Immutable
@Table(name = "course_skill")
@IdClass(CourseSkill.Key.class)
public class CourseSkill extends PanacheEntityBase {

    public static class Key implements Serializable {
        public UUID courseId;
        public UUID skillId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.courseId, courseId)
                    && Objects.equals(key.skillId, skillId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(courseId, skillId);
        }
    }

    @Id
    @Column(name = "course_id")
    public UUID courseId;

    @Id
    @Column(name = "skill_id")
    public UUID skillId;
}
