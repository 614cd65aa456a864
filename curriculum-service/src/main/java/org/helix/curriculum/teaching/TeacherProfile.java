package org.helix.curriculum.teaching;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A talent profile (a school's teacher or an enterprise's expert) as this service knows it, from talent's events. */
@Entity
@Table(name = "teacher_profile")
public class TeacherProfile extends PanacheEntityBase {

    public static final String TEACHER = "TEACHER";
    public static final String EXPERT = "EXPERT";

    @Id
    public UUID id;

    /** TEACHER or EXPERT, as talent says. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "person_subject")
    public String personSubject;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
