package org.helix.governance.meeting;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The meeting lifecycle: {@code SCHEDULED → IN_SESSION → CLOSED}, {@code SCHEDULED → CANCELLED}. */
public enum MeetingStatus {
    SCHEDULED,
    IN_SESSION,
    CLOSED,
    CANCELLED;

    private static final Map<MeetingStatus, Set<MeetingStatus>> NEXT = Map.of(
            SCHEDULED, EnumSet.of(IN_SESSION, CANCELLED),
            IN_SESSION, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(MeetingStatus.class),
            CANCELLED, EnumSet.noneOf(MeetingStatus.class));

    public boolean canMoveTo(MeetingStatus next) {
        return NEXT.get(this).contains(next);
    }
}
