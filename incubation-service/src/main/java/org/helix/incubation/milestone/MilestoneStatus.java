package org.helix.incubation.milestone;

import org.helix.platform.web.lifecycle.Step;

import java.util.EnumSet;
import java.util.Set;

/** The milestone lifecycle {@code PLANNED → ACHIEVED} (evidence from the team, verification by a mentor). */
public enum MilestoneStatus {
    PLANNED, ACHIEVED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<MilestoneStatus> {
        SUBMIT_EVIDENCE("submit evidence for", EnumSet.of(PLANNED), null),
        VERIFY("verify", EnumSet.of(PLANNED), ACHIEVED);

        private final Step<MilestoneStatus> step;

        Transition(String verb, Set<MilestoneStatus> from, MilestoneStatus to) {
            step = new Step<>(verb, from, to);
        }

        @Override
        public Step<MilestoneStatus> step() {
            return step;
        }
    }

    public MilestoneStatus after(Transition transition) {
        return transition.from(this, Milestones.RESOURCE);
    }
}
