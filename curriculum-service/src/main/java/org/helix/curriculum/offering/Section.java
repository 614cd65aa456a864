package org.helix.curriculum.offering;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A section of an offering: one teacher, a number of seats; students choose it (and so their teacher). */
@Entity
@Table(name = "section")
public class Section extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "offering_id", nullable = false)
    public UUID offeringId;

    @Column(name = "course_id", nullable = false)
    public UUID courseId;

    @Column(name = "course_code", nullable = false)
    public String courseCode;

    @Column(name = "course_title", nullable = false)
    public String courseTitle;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Column(nullable = false)
    public String term;

    @Column(nullable = false)
    public String label;

    @Column(name = "teacher_profile_id", nullable = false)
    public UUID teacherProfileId;

    /** The teacher's Keycloak subject (from talent's profile): the teacher sees the section's enrolments. */
    @Column(name = "teacher_subject")
    public String teacherSubject;

    @Column(name = "teacher_name", nullable = false)
    public String teacherName;

    @Column(nullable = false)
    public int capacity;

    /** Seats taken; the database refuses more than {@link #capacity}. */
    @Column(nullable = false)
    public int enrolled;

    public String schedule;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
