package org.helix.governance.committee;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An organisation's membership of a committee. Ending it sets {@code until}; the history stays. */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "committee_id", nullable = false)
    public UUID committeeId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Position position;

    public String duties;

    @Column(nullable = false)
    public LocalDate since;

    public LocalDate until;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Current from {@code since} until {@code until} (exclusive): an end date still to come keeps it current. */
    public boolean isCurrent(LocalDate today) {
        return until == null || until.isAfter(today);
    }
}
