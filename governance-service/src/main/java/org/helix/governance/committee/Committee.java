package org.helix.governance.committee;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A committee on one of the three tiers: the MACRO committee, a MESO alliance, a MICRO cooperation organisation. */
@Entity
@Table(name = "committee")
public class Committee extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tier tier;

    @Column(name = "parent_id")
    public UUID parentId;

    public String industry;

    public String purpose;

    /** Votes needed for a valid decision; null = more than half of the current members. */
    public Integer quorum;

    /**
     * Days an open problem may wait before it is escalated to the parent committee automatically (default:
     * {@code helix.governance.problems.default-escalation-deadline-days}).
     */
    @Column(name = "escalation_deadline_days", nullable = false)
    public int escalationDeadlineDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "committee_department", joinColumns = @JoinColumn(name = "committee_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "department")
    public Set<Department> departments = EnumSet.noneOf(Department.class);

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The votes a decision needs when {@code currentMembers} organisations are members now. */
    public int quorumFor(long currentMembers) {
        return quorum != null ? quorum : (int) (currentMembers / 2 + 1);
    }
}
