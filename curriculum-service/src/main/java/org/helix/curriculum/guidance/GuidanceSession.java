package org.helix.curriculum.guidance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A guidance session a teacher (the counsellor) held with a student: a record, written once. */
@Entity
@Immutable
@Table(name = "guidance_session")
public class GuidanceSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Column(name = "student_subject", nullable = false)
    public String studentSubject;

    /** The counsellor's Keycloak subject. */
    @Column(nullable = false)
    public String counsellor;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public String topic;

    public String notes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
