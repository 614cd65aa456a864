package org.helix.funding.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.UUID;

/** A party of the agreement with its shares (percent, two decimals; each kind sums to 100) and what it pledged. */
@Embeddable
public class LedgerParty {

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "risk_share", nullable = false)
    public BigDecimal riskShare;

    @Column(name = "benefit_share", nullable = false)
    public BigDecimal benefitShare;

    @Column(nullable = false)
    public String pledged;

    @Column(name = "pledged_amount")
    public BigDecimal pledgedAmount;

    /** contributed + benefits − losses when the ledger was settled. */
    @Column(name = "final_balance")
    public BigDecimal finalBalance;
}
