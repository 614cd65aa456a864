package org.helix.governance.regulation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One version of a committee's rule document. Versions of the same regulation share a series. */
@Entity
@Table(name = "regulation")
public class Regulation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "committee_id", nullable = false)
    public UUID committeeId;

    @Column(name = "series_id", nullable = false)
    public UUID seriesId;

    @Column(name = "version_number", nullable = false)
    public int versionNumber;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    /** The version that replaced this one; null while this one is current. */
    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
