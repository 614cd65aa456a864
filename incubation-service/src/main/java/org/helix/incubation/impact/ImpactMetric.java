package org.helix.incubation.impact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What an incubating project achieved in one month (revenue, jobs, customers), for reporting. */
@Entity
@Table(name = "impact_metric")
public class ImpactMetric extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "project_id") UUID projectId, @Column(name = "month") String month)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    /** Scale 2, exact to the cent. */
    @Column(nullable = false, precision = 15, scale = 2)
    public BigDecimal revenue;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public int jobs;

    @Column(nullable = false)
    public int customers;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
