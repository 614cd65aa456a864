package org.helix.incubation.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An organisation (member unit) as this service knows it: a read-only replica of governance's, kept up to date by
 * {@link OrganisationReplica}. Governance owns organisations; nothing here changes one on its own.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationType type;

    public String region;

    @Column(name = "contact_email")
    public String contactEmail;

    public String website;

    /** Governance's version of the organisation this replica holds. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
