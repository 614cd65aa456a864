package org.helix.talent.practice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A school's own yearly enterprise-practice target per teacher; without one the configured default applies. */
@Entity
@Table(name = "school_practice_target")
public class SchoolPracticeTarget extends PanacheEntityBase {

    @Id
    @Column(name = "school_id")
    public UUID schoolId;

    @Column(name = "target_hours", nullable = false)
    public int targetHours;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
