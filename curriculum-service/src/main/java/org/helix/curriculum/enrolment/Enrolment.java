package org.helix.curriculum.enrolment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A student's place in a section (private: the student, the school's representatives, the section's teacher). */
@Entity
@Table(name = "enrolment")
public class Enrolment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "section_id", nullable = false)
    public UUID sectionId;

    @Column(name = "offering_id", nullable = false)
    public UUID offeringId;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Column(nullable = false)
    public String term;

    @Column(name = "student_subject", nullable = false)
    public String studentSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnrolmentStatus status;

    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
