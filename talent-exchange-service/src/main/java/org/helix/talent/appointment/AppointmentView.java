package org.helix.talent.appointment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An appointment as the API shows it, with both organisations' approvals and the green-channel decision. */
public record AppointmentView(UUID id, AppointmentKind kind, UUID profileId, String personSubject,
        UUID homeOrganisationId, UUID hostOrganisationId, LocalDate startDate, LocalDate endDate, int hoursPerWeek,
        String activity, List<Pay> payLines, AppointmentStatus status, Approval homeApproval, Approval hostApproval,
        boolean greenChannel, String greenChannelReason, UUID agreementId, Instant approvedAt, Instant activatedAt,
        Instant endedAt, String endReason, long version, Instant createdAt, Instant updatedAt) {

    public record Pay(UUID payerOrganisationId, BigDecimal amount, String currency, PayBasis basis) {
    }

    /** Who approved for the organisation (their subject) and when. */
    public record Approval(Instant approvedAt, String approvedBy) {

        static Approval of(Instant at, String by) {
            return at == null ? null : new Approval(at, by);
        }
    }

    public static AppointmentView of(Appointment a) {
        return new AppointmentView(a.id, a.kind, a.profileId, a.personSubject, a.homeOrganisationId,
                a.hostOrganisationId, a.startDate, a.endDate, a.hoursPerWeek, a.activity,
                a.payLines.stream().map(line -> new Pay(line.payerOrganisationId, line.amount, line.currency,
                        line.basis)).toList(), a.status, Approval.of(a.homeApprovedAt, a.homeApprovedBy),
                Approval.of(a.hostApprovedAt, a.hostApprovedBy), a.greenChannel, a.greenChannelReason, a.agreementId,
                a.approvedAt, a.activatedAt, a.endedAt, a.endReason, a.version, a.createdAt, a.updatedAt);
    }
}
