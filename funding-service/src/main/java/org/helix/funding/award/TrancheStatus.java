package org.helix.funding.award;

import java.util.EnumSet;
import java.util.Set;

/** {@code PENDING → RELEASED | CANCELLED}: released once, for its verified milestone; cancelled with a reason. */
public enum TrancheStatus {
    PENDING, RELEASED, CANCELLED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<TrancheStatus> {
        RELEASE("release", EnumSet.of(PENDING), RELEASED),
        CANCEL("cancel", EnumSet.of(PENDING), CANCELLED);

        private final String verb;
        private final Set<TrancheStatus> from;
        private final TrancheStatus to;

        Transition(String verb, Set<TrancheStatus> from, TrancheStatus to) {
            this.verb = verb;
            this.from = from;
            this.to = to;
        }

        @Override
        public String verb() {
            return verb;
        }

        @Override
        public Set<TrancheStatus> allowedFrom() {
            return from;
        }

        @Override
        public TrancheStatus target() {
            return to;
        }
    }

    public TrancheStatus after(Transition transition) {
        return transition.from(this, "Tranche");
    }
}
