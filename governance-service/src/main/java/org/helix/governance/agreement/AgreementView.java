package org.helix.governance.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An agreement as the API shows it; a party's {@code signedBy} is the subject of the user who signed for it. */
public record AgreementView(UUID id, String title, AgreementKind kind, UUID committeeId, String scope,
        LocalDate startDate, LocalDate endDate, AgreementStatus status, List<Party> parties, Instant signedAt,
        Instant activatedAt, Instant terminatedAt, String terminationReason, long version, Instant createdAt,
        Instant updatedAt) {

    public record Party(UUID organisationId, BigDecimal riskShare, BigDecimal benefitShare, String contribution,
            BigDecimal contributionAmount, boolean signed, Instant signedAt, String signedBy) {

        static Party of(AgreementParty party) {
            return new Party(party.organisationId, party.riskShare, party.benefitShare, party.contribution,
                    party.contributionAmount, party.hasSigned(), party.signedAt, party.signedBy);
        }
    }

    static AgreementView of(Agreement agreement) {
        return new AgreementView(agreement.id, agreement.title, agreement.kind, agreement.committeeId, agreement.scope,
                agreement.startDate, agreement.endDate, agreement.status,
                agreement.parties.stream().map(Party::of).toList(), agreement.signedAt, agreement.activatedAt,
                agreement.terminatedAt, agreement.terminationReason, agreement.version, agreement.createdAt,
                agreement.updatedAt);
    }
}
