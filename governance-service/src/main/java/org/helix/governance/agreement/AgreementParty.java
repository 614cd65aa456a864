package org.helix.governance.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A party to an agreement: its shares (percent, scale 2), what it contributes, and its signature once it signed. */
@Embeddable
public class AgreementParty {

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "risk_share", nullable = false, precision = 5, scale = 2)
    public BigDecimal riskShare;

    @Column(name = "benefit_share", nullable = false, precision = 5, scale = 2)
    public BigDecimal benefitShare;

    @Column(nullable = false)
    public String contribution;

    @Column(name = "contribution_amount", precision = 19, scale = 2)
    public BigDecimal contributionAmount;

    @Column(name = "signed_at")
    public Instant signedAt;

    /** The subject of the user who signed for the organisation. */
    @Column(name = "signed_by")
    public String signedBy;

    public boolean hasSigned() {
        return signedAt != null;
    }
}
