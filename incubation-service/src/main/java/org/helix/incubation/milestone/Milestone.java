package org.helix.incubation.milestone;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A step a project commits to: planned by its team or created from a funding award's tranche. */
@Entity
@Table(name = "milestone")
public class Milestone extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MilestoneStatus status;

    public String evidence;

    @Column(name = "evidence_at")
    public Instant evidenceAt;

    @Column(name = "evidence_by")
    public String evidenceBy;

    @Column(name = "achieved_on")
    public LocalDate achievedOn;

    @Column(name = "verified_by_subject")
    public String verifiedBySubject;

    @Column(name = "verified_by_profile_id")
    public UUID verifiedByProfileId;

    /** The funding award and tranche this milestone releases when achieved (null when planned by the team). */
    @Column(name = "award_id")
    public UUID awardId;

    @Column(name = "tranche_id")
    public UUID trancheId;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
