package org.helix.curriculum.guidance;

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

/** A graduate's outcome (one per student per programme). */
@Entity
@Table(name = "graduate_outcome")
public class GraduateOutcome extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Column(name = "programme_id", nullable = false)
    public UUID programmeId;

    @Column(name = "graduation_year", nullable = false)
    public int graduationYear;

    @Column(name = "student_subject", nullable = false)
    public String studentSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutcomeKind outcome;

    @Column(name = "employer_organisation_id")
    public UUID employerOrganisationId;

    @Column(name = "employer_name")
    public String employerName;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    public long version;
}
