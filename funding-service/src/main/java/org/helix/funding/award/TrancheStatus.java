package org.helix.funding.award;

import org.helix.platform.web.lifecycle.Step;

import java.util.EnumSet;
import java.util.Set;

/** {@code PENDING → RELEASED | CANCELLED}: released once, for its verified milestone; cancelled with a reason. */
public enum TrancheStatus {
    PENDING, RELEASED, CANCELLED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<TrancheStatus> {
        RELEASE("release", EnumSet.of(PENDING), RELEASED),
        CANCEL("cancel", EnumSet.of(PENDING), CANCELLED);

        private final Step<TrancheStatus> step;

        Transition(String verb, Set<TrancheStatus> from, TrancheStatus to) {
            step = new Step<>(verb, from, to);
        }

        @Override
        public Step<TrancheStatus> step() {
            return step;
        }
    }

    public TrancheStatus after(Transition transition) {
        return transition.from(this, "Tranche");
    }
}
