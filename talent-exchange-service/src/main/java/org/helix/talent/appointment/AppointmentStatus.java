package org.helix.talent.appointment;

import org.helix.platform.web.lifecycle.Step;

import java.util.EnumSet;
import java.util.Set;

/** The appointment lifecycle {@code PROPOSED → APPROVED → ACTIVE → COMPLETED | TERMINATED}. */
public enum AppointmentStatus {
    PROPOSED, APPROVED, ACTIVE, COMPLETED, TERMINATED;

    /** Statuses that hold the person's time: they count against the limits. */
    public static final Set<AppointmentStatus> COMMITTED = EnumSet.of(APPROVED, ACTIVE);

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<AppointmentStatus> {
        /** Changing the terms clears every approval given so far: the appointment is proposed again. */
        EDIT("edit", EnumSet.of(PROPOSED, APPROVED), PROPOSED),
        /** One organisation approves; the appointment stays proposed until the approvals it needs are there. */
        APPROVE("approve", EnumSet.of(PROPOSED), null),
        COMPLETE_APPROVALS("complete the approvals of", EnumSet.of(PROPOSED), APPROVED),
        /** By the clock on the start date (or at once on approval when it has come). */
        ACTIVATE("activate", EnumSet.of(APPROVED), ACTIVE),
        /** By the clock after the end date. */
        COMPLETE("complete", EnumSet.of(ACTIVE), COMPLETED),
        TERMINATE("terminate", EnumSet.of(PROPOSED, APPROVED, ACTIVE), TERMINATED),
        /** Assessments are recorded while the person is there and afterwards. */
        ASSESS("assess", EnumSet.of(ACTIVE, COMPLETED), null);

        private final Step<AppointmentStatus> step;

        Transition(String verb, Set<AppointmentStatus> from, AppointmentStatus to) {
            step = new Step<>(verb, from, to);
        }

        @Override
        public Step<AppointmentStatus> step() {
            return step;
        }
    }

    /** The status after {@code transition}, or a 409 problem if this status does not allow it. */
    public AppointmentStatus after(Transition transition) {
        return transition.from(this, Appointments.RESOURCE);
    }
}
