package org.helix.funding.award;

import org.helix.funding.call.TargetKind;
import org.helix.funding.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Data of AwardGranted, TrancheReleased and TrancheCancelled (schemas in {@code events/}, written with incubation,
 * which consumes them). Key = award id; money as a decimal string with two decimals.
 */
public final class AwardEvent {

    public static final String GRANTED = "AwardGranted";
    public static final String RELEASED = "TrancheReleased";
    public static final String CANCELLED = "TrancheCancelled";

    private AwardEvent() {
    }

    public record Granted(UUID awardId, UUID callId, UUID applicationId, UUID funderOrganisationId,
            TargetKind targetKind, UUID targetId, String amount, String currency, List<PlannedTranche> tranches,
            Instant grantedAt) {

        public record PlannedTranche(UUID trancheId, int sequence, String amount, String milestoneTitle,
                LocalDate dueDate) {
        }

        static Granted of(Award a) {
            return new Granted(a.id, a.callId, a.applicationId, a.funderOrganisationId, a.targetKind, a.targetId,
                    Money.text(a.amount), a.currency, a.tranches.stream().map(t -> new PlannedTranche(t.id,
                            t.sequence, Money.text(t.amount), t.milestoneTitle, t.dueDate)).toList(), a.grantedAt);
        }
    }

    /** TrancheReleased (reason absent) or TrancheCancelled (reason required). */
    public record TrancheMoved(UUID trancheId, UUID awardId, UUID callId, TargetKind targetKind, UUID targetId,
            int sequence, String amount, String currency, UUID milestoneId, Instant occurredAt, String reason) {

        static TrancheMoved of(Award a, Tranche t, Instant at, String reason) {
            return new TrancheMoved(t.id, a.id, a.callId, a.targetKind, a.targetId, t.sequence,
                    Money.text(t.amount), a.currency, t.milestoneId, at, reason);
        }
    }
}
