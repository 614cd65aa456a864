package org.helix.incubation.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A student team's entrepreneurship project at its school. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Column(nullable = false)
    public String sector;

    @Column(nullable = false)
    public String pitch;

    public String needs;

    @Column(name = "team_lead_subject", nullable = false)
    public String teamLeadSubject;

    /** The other team members, by Keycloak subject. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_member", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "subject")
    @BatchSize(size = 100)
    public List<String> members = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStatus status;

    /** Set when an admin admitted the project against the review threshold. */
    @Column(name = "override_reason")
    public String overrideReason;

    /** Why it was declined, discontinued (or a note on its graduation). */
    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "admitted_at")
    public Instant admittedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean hasOnTeam(String subject) {
        return subject != null && (subject.equals(teamLeadSubject) || members.contains(subject));
    }
}
