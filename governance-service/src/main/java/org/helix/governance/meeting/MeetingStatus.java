package org.helix.governance.meeting;

import org.helix.platform.web.lifecycle.Step;

import java.util.EnumSet;
import java.util.Set;

/** The meeting lifecycle: {@code SCHEDULED → IN_SESSION → CLOSED}, {@code SCHEDULED → CANCELLED}. */
public enum MeetingStatus {
    SCHEDULED,
    IN_SESSION,
    CLOSED,
    CANCELLED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<MeetingStatus> {
        START("start", EnumSet.of(SCHEDULED), IN_SESSION),
        CLOSE("close", EnumSet.of(IN_SESSION), CLOSED),
        CANCEL("cancel", EnumSet.of(SCHEDULED), CANCELLED),
        /** Attendance is recorded only while the meeting is in session. */
        RECORD_ATTENDANCE("record attendance at", EnumSet.of(IN_SESSION), null),
        /** Minutes are written (and made final) once the meeting has begun. */
        KEEP_MINUTES("keep the minutes of", EnumSet.of(IN_SESSION, CLOSED), null);

        private final Step<MeetingStatus> step;

        Transition(String verb, Set<MeetingStatus> from, MeetingStatus to) {
            step = new Step<>(verb, from, to);
        }

        @Override
        public Step<MeetingStatus> step() {
            return step;
        }
    }

    public MeetingStatus after(Transition transition) {
        return transition.from(this, Meeting.RESOURCE);
    }
}
