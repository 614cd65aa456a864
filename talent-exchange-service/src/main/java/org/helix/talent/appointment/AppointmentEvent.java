package org.helix.talent.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of the appointment events (schemas: {@code events/AppointmentActivated.schema.json}, {@code
 * AppointmentCompleted}, {@code AppointmentTerminated}). Key = appointment id.
 */
public final class AppointmentEvent {

    public static final String ACTIVATED = "AppointmentActivated";
    public static final String COMPLETED = "AppointmentCompleted";
    public static final String TERMINATED = "AppointmentTerminated";

    private AppointmentEvent() {
    }

    public record Activated(UUID appointmentId, AppointmentKind kind, UUID profileId, String personSubject,
            UUID homeOrganisationId, UUID hostOrganisationId, LocalDate startDate, LocalDate endDate,
            int hoursPerWeek, boolean greenChannel, UUID agreementId, Instant activatedAt) {

        static Activated of(Appointment a) {
            return new Activated(a.id, a.kind, a.profileId, a.personSubject, a.homeOrganisationId,
                    a.hostOrganisationId, a.startDate, a.endDate, a.hoursPerWeek, a.greenChannel, a.agreementId,
                    a.activatedAt);
        }
    }

    /** Completed (after the end date) or terminated (with a reason): the person's eligibility at the host ends. */
    public record Ended(UUID appointmentId, AppointmentKind kind, UUID profileId, String personSubject,
            UUID homeOrganisationId, UUID hostOrganisationId, LocalDate endedOn, AppointmentStatus previousStatus,
            String reason) {

        static Ended of(Appointment a, LocalDate endedOn, AppointmentStatus previous) {
            return new Ended(a.id, a.kind, a.profileId, a.personSubject, a.homeOrganisationId, a.hostOrganisationId,
                    endedOn, previous, a.endReason);
        }
    }
}
