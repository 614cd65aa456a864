package org.helix.incubation.funding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A funding award to a project, as funding granted it (AwardGranted). */
@Entity
@Table(name = "award")
public class Award extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "call_id", nullable = false)
    public UUID callId;

    @Column(name = "funder_organisation_id", nullable = false)
    public UUID funderOrganisationId;

    /** Scale 2, exact to the cent. */
    @Column(nullable = false, precision = 15, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;
}
