package org.helix.curriculum.teaching;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An expert's part-time teaching at a host school, as {@link TeachingAppointments} keeps it. */
@Entity
@Table(name = "teaching_appointment")
public class TeachingAppointment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "profile_id", nullable = false)
    public UUID profileId;

    @Column(name = "host_organisation_id", nullable = false)
    public UUID hostOrganisationId;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
