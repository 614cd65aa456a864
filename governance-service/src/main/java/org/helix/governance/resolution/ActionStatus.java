package org.helix.governance.resolution;

import java.util.Map;

/** The follow-up action lifecycle: {@code OPEN → IN_PROGRESS → DONE}, one step at a time. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE;

    private static final Map<ActionStatus, ActionStatus> NEXT = Map.of(OPEN, IN_PROGRESS, IN_PROGRESS, DONE);

    public boolean canMoveTo(ActionStatus next) {
        return NEXT.get(this) == next;
    }
}
