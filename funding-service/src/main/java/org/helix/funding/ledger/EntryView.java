package org.helix.funding.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A posted entry with its allocation per party (a contribution: all to its contributor). */
public record EntryView(UUID id, UUID ledgerId, EntryKind kind, ContributionKind contributionKind,
        UUID organisationId, BigDecimal amount, String description, LocalDate occurredOn, List<Part> allocations,
        Instant postedAt, String postedBy) {

    public record Part(UUID organisationId, BigDecimal amount) {
    }

    public static EntryView of(LedgerEntry e) {
        return new EntryView(e.id, e.ledgerId, e.kind, e.contributionKind, e.organisationId, e.amount,
                e.description, e.occurredOn, e.allocations.stream().map(p -> new Part(p.organisationId, p.amount))
                        .toList(), e.postedAt, e.postedBy);
    }
}
