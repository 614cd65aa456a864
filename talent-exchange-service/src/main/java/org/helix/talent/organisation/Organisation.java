package org.helix.talent.organisation;

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
 * {@link GovernanceEventsConsumer}. Governance owns organisations; nothing here changes one on its own.
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

    /**
     * Inserts or replaces the replica with governance's data, unless it already holds that version or a newer one.
     * One statement rather than read-then-write, so replicas of this service racing on one organisation (during a
     * consumer-group rebalance) can neither fail on the insert nor let the older version win.
     *
     * @return whether the replica changed
     */
    static boolean replicate(OrganisationEvent event, Instant now) {
        return getEntityManager().createNativeQuery("""
                        insert into organisation (id, name, type, region, contact_email, website, source_version,
                                                  updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                        on conflict (id) do update
                           set name = excluded.name, type = excluded.type, region = excluded.region,
                               contact_email = excluded.contact_email, website = excluded.website,
                               source_version = excluded.source_version, updated_at = excluded.updated_at
                         where organisation.source_version < excluded.source_version""")
                .setParameter(1, event.organisationId())
                .setParameter(2, event.name())
                .setParameter(3, event.type().name())
                .setParameter(4, event.region())
                .setParameter(5, event.contactEmail())
                .setParameter(6, event.website())
                .setParameter(7, event.version())
                .setParameter(8, now)
                .executeUpdate() == 1;
    }
}
