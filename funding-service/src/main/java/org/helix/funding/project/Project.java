package org.helix.funding.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Incubation's project as funding needs it: whether it may be funded, and its school (who applies for it). */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Column(name = "team_lead_subject", nullable = false)
    public String teamLeadSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStatus status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isIncubating() {
        return status == ProjectStatus.INCUBATING;
    }
}
