package org.helix.governance.resolution;

import org.helix.platform.web.lifecycle.Step;
import org.helix.platform.web.problem.ApiProblem;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The follow-up action lifecycle: {@code OPEN → IN_PROGRESS → DONE}, one step at a time. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<ActionStatus> {
        START("start", EnumSet.of(OPEN), IN_PROGRESS),
        COMPLETE("complete", EnumSet.of(IN_PROGRESS), DONE);

        private final Step<ActionStatus> step;

        Transition(String verb, Set<ActionStatus> from, ActionStatus to) {
            step = new Step<>(verb, from, to);
        }

        @Override
        public Step<ActionStatus> step() {
            return step;
        }
    }

    public ActionStatus after(Transition transition) {
        return transition.from(this, ActionItem.RESOURCE);
    }

    /** The status the client asked for, if one step leads there from this one; else a 409 problem. */
    public ActionStatus moveTo(ActionStatus next) {
        Transition step = Arrays.stream(Transition.values()).filter(t -> t.target() == next && t.isAllowedFrom(this))
                .findFirst().orElseThrow(() -> ApiProblem.illegalTransition(ActionItem.RESOURCE, this,
                        "move to " + next));
        return after(step);
    }
}
