package org.helix.funding.ledger;

import org.helix.funding.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Data of LedgerOpened, LedgerEntryPosted and LedgerSettled (schemas in {@code events/}). Key = ledger id. */
public final class LedgerEvent {

    public static final String OPENED = "LedgerOpened";
    public static final String POSTED = "LedgerEntryPosted";
    public static final String SETTLED = "LedgerSettled";

    private LedgerEvent() {
    }

    public record Opened(UUID ledgerId, UUID agreementId, String title, String currency, List<Party> parties,
            Instant openedAt) {

        public record Party(UUID organisationId, BigDecimal riskShare, BigDecimal benefitShare) {
        }

        static Opened of(Ledger l) {
            return new Opened(l.id, l.agreementId, l.title, l.currency, l.parties.stream().map(p ->
                    new Party(p.organisationId, p.riskShare, p.benefitShare)).toList(), l.openedAt);
        }
    }

    public record Posted(UUID ledgerId, UUID agreementId, UUID entryId, EntryKind kind,
            ContributionKind contributionKind, UUID organisationId, String amount, String currency,
            LocalDate occurredOn, List<Allocated> allocations, Instant postedAt) {

        public record Allocated(UUID organisationId, String amount) {
        }

        static Posted of(Ledger l, LedgerEntry e) {
            return new Posted(l.id, l.agreementId, e.id, e.kind, e.contributionKind, e.organisationId,
                    Money.text(e.amount), l.currency, e.occurredOn, e.allocations.stream().map(p ->
                            new Allocated(p.organisationId, Money.text(p.amount))).toList(), e.postedAt);
        }
    }

    public record Settled(UUID ledgerId, UUID agreementId, String currency, String reason, List<Balance> balances,
            Instant settledAt) {

        public record Balance(UUID organisationId, String contributed, String lossesBorne, String benefitsReceived,
                String balance) {
        }

        static Settled of(Ledger l, LedgerView statement) {
            return new Settled(l.id, l.agreementId, l.currency, l.settleReason, statement.parties().stream().map(p ->
                    new Balance(p.organisationId(), Money.text(p.contributed()), Money.text(p.lossesBorne()),
                            Money.text(p.benefitsReceived()), signed(p.balance()))).toList(), l.settledAt);
        }

        private static String signed(BigDecimal amount) {
            return Money.text(amount);
        }
    }
}
