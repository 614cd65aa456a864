package org.helix.incubation.milestone;

import java.util.EnumSet;
import java.util.Set;

/** The milestone lifecycle {@code PLANNED → ACHIEVED} (evidence from the team, verification by a mentor). */
public enum MilestoneStatus {
    PLANNED, ACHIEVED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<MilestoneStatus> {
        SUBMIT_EVIDENCE("submit evidence for", EnumSet.of(PLANNED), null),
        VERIFY("verify", EnumSet.of(PLANNED), ACHIEVED);

        private final String verb;
        private final Set<MilestoneStatus> from;
        private final MilestoneStatus to;

        Transition(String verb, Set<MilestoneStatus> from, MilestoneStatus to) {
            this.verb = verb;
            this.from = from;
            this.to = to;
        }

        @Override
        public String verb() {
            return verb;
        }

        @Override
        public Set<MilestoneStatus> allowedFrom() {
            return from;
        }

        @Override
        public MilestoneStatus target() {
            return to;
        }
    }

    public MilestoneStatus after(Transition transition) {
        return transition.from(this, Milestones.RESOURCE);
    }
}
