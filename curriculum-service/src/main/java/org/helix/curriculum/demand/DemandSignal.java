package org.helix.curriculum.demand;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An enterprise's or association's need for people with a skill, within a horizon. Posted once, never changed. */
@Entity
@Immutable
@Table(name = "demand_signal")
public class DemandSignal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "skill_id", nullable = false)
    public UUID skillId;

    @Column(nullable = false)
    public String sector;

    @Column(nullable = false)
    public int headcount;

    @Column(name = "horizon_months", nullable = false)
    public int horizonMonths;

    @Column(name = "school_id")
    public UUID schoolId;

    public String region;

    @Column(nullable = false)
    public String source;

    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;
}
