package org.helix.talent.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.util.UUID;

/** What one organisation pays the person for the appointment; dual pay is two lines. */
@Embeddable
public class PayLine {

    @Column(name = "payer_organisation_id", nullable = false)
    public UUID payerOrganisationId;

    /** Scale 2, never rounded: an amount with more decimals is refused. */
    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false, length = 3)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PayBasis basis;
}
