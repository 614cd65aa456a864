package org.helix.governance.resolution;

import org.helix.platform.web.lifecycle.Step;

import java.util.EnumSet;
import java.util.Set;

/**
 * The resolution lifecycle: {@code PROPOSED → VOTING → ADOPTED | REJECTED}. VOTING is the open ballot between the
 * proposal and the decision of DESIGN.md's {@code PROPOSED → ADOPTED | REJECTED}.
 */
public enum ResolutionStatus {
    PROPOSED,
    VOTING,
    ADOPTED,
    REJECTED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<ResolutionStatus> {
        OPEN_VOTING("open voting on", EnumSet.of(PROPOSED), VOTING),
        VOTE("vote on", EnumSet.of(VOTING), null),
        ADOPT("close voting on", EnumSet.of(VOTING), ADOPTED),
        REJECT("close voting on", EnumSet.of(VOTING), REJECTED),
        /** Follow-up actions belong to adopted resolutions only. */
        ADD_ACTION("add follow-up actions to", EnumSet.of(ADOPTED), null);

        private final Step<ResolutionStatus> step;

        Transition(String verb, Set<ResolutionStatus> from, ResolutionStatus to) {
            step = new Step<>(verb, from, to);
        }

        @Override
        public Step<ResolutionStatus> step() {
            return step;
        }
    }

    public ResolutionStatus after(Transition transition) {
        return transition.from(this, Resolution.RESOURCE);
    }
}
