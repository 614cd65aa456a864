package org.helix.curriculum.programme;

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

/** A programme (major) of a school, in an industry, at a level. */
@Entity
@Table(name = "programme")
public class Programme extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "school_id", nullable = false)
    public UUID schoolId;

    @Column(nullable = false)
    public String name;

    /** The industry (sector) it trains for; skills and demand signals name the same sectors. */
    @Column(nullable = false)
    public String industry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgrammeLevel level;

    public String description;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
