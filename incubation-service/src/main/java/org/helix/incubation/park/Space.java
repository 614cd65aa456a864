package org.helix.incubation.park;

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

/**
 * A pioneer-park space for {@code capacity} projects at once. {@code allocated} counts its active allocations; the
 * database refuses a count above the capacity ({@code check}) and allocations raise it with a conditional update.
 */
@Entity
@Table(name = "park_space")
public class Space extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SpaceKind kind;

    @Column(nullable = false)
    public int capacity;

    @Column(nullable = false)
    public int allocated;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
