package org.helix.funding.award;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The payment record of a released tranche, to the applicant organisation. */
@Entity
@Table(name = "disbursement")
public class Disbursement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tranche_id", nullable = false)
    public UUID trancheId;

    @Column(name = "award_id", nullable = false)
    public UUID awardId;

    @Column(name = "payee_organisation_id", nullable = false)
    public UUID payeeOrganisationId;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Column(name = "milestone_id")
    public UUID milestoneId;

    @Column(name = "disbursed_at", nullable = false)
    public Instant disbursedAt;
}
