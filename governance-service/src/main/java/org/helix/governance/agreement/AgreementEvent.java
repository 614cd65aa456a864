package org.helix.governance.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Data of the agreement events (schemas: {@code events/AgreementSigned.schema.json}, {@code AgreementActivated},
 * {@code AgreementTerminated}). Key = agreement id.
 */
public final class AgreementEvent {

    public static final String SIGNED = "AgreementSigned";
    public static final String ACTIVATED = "AgreementActivated";
    public static final String TERMINATED = "AgreementTerminated";

    private AgreementEvent() {
    }

    /** Every party signed: what funding needs to open the agreement's risk/benefit ledger. */
    public record Signed(UUID agreementId, String title, AgreementKind kind, UUID committeeId, LocalDate startDate,
            LocalDate endDate, Instant signedAt, List<Party> parties) {

        static Signed of(Agreement agreement) {
            return new Signed(agreement.id, agreement.title, agreement.kind, agreement.committeeId,
                    agreement.startDate, agreement.endDate, agreement.signedAt,
                    agreement.parties.stream().map(Party::of).toList());
        }
    }

    public record Party(UUID organisationId, BigDecimal riskShare, BigDecimal benefitShare, String contribution,
            BigDecimal contributionAmount, Instant signedAt) {

        static Party of(AgreementParty party) {
            return new Party(party.organisationId, party.riskShare, party.benefitShare, party.contribution,
                    party.contributionAmount, party.signedAt);
        }
    }

    /** {@code automatic}: activated by the scheduled job on its start date rather than at once on signing. */
    public record Activated(UUID agreementId, AgreementKind kind, UUID committeeId, LocalDate startDate,
            LocalDate endDate, Instant activatedAt, boolean automatic, List<UUID> partyOrganisationIds) {

        static Activated of(Agreement agreement, boolean automatic) {
            return new Activated(agreement.id, agreement.kind, agreement.committeeId, agreement.startDate,
                    agreement.endDate, agreement.activatedAt, automatic, partyIds(agreement));
        }
    }

    public record Terminated(UUID agreementId, AgreementKind kind, UUID committeeId, AgreementStatus previousStatus,
            String reason, Instant terminatedAt, List<UUID> partyOrganisationIds) {

        static Terminated of(Agreement agreement, AgreementStatus previousStatus) {
            return new Terminated(agreement.id, agreement.kind, agreement.committeeId, previousStatus,
                    agreement.terminationReason, agreement.terminatedAt, partyIds(agreement));
        }
    }

    private static List<UUID> partyIds(Agreement agreement) {
        return agreement.parties.stream().map(party -> party.organisationId).toList();
    }
}
