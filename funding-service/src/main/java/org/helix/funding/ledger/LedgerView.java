package org.helix.funding.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A ledger with its statement: per party its shares, what it pledged, contributed, bore of the losses and received of
 * the benefits, and its balance (contributed + benefits − losses); the totals of the whole ledger.
 */
public record LedgerView(UUID id, UUID agreementId, String title, String agreementKind, String currency,
        LedgerStatus status, List<PartyStatement> parties, Totals totals, Instant openedAt, Instant settledAt,
        String settleReason, long version) {

    public record PartyStatement(UUID organisationId, BigDecimal riskShare, BigDecimal benefitShare, String pledged,
            BigDecimal pledgedAmount, BigDecimal contributed, BigDecimal lossesBorne, BigDecimal benefitsReceived,
            BigDecimal balance, BigDecimal finalBalance) {
    }

    public record Totals(BigDecimal contributed, BigDecimal losses, BigDecimal benefits, BigDecimal balance) {
    }
}
