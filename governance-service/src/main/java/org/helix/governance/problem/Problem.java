package org.helix.governance.problem;

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
import org.helix.governance.committee.Tier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A problem a member organisation raised at a committee; escalation moves it to the parent committee. */
@Entity
@Table(name = "problem")
public class Problem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProblemStatus status;

    @Column(name = "origin_committee_id", nullable = false)
    public UUID originCommitteeId;

    /** The committee where the problem sits now. */
    @Column(name = "committee_id", nullable = false)
    public UUID committeeId;

    /** The tier of {@link #committeeId} (a committee's tier never changes). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tier tier;

    @Column(name = "raising_organisation_id", nullable = false)
    public UUID raisingOrganisationId;

    @Column(name = "raised_by", nullable = false)
    public String raisedBy;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    /** When the problem reached its current committee; that committee's escalation deadline counts from here. */
    @Column(name = "arrived_at", nullable = false)
    public Instant arrivedAt;

    @Column(name = "resolution_note")
    public String resolutionNote;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "problem_step", joinColumns = @JoinColumn(name = "problem_id"))
    @OrderColumn(name = "seq")
    public List<ProblemStep> history = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
