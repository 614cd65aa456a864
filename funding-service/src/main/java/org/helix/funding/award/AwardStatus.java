package org.helix.funding.award;

import java.util.EnumSet;
import java.util.Set;

/** An award is ACTIVE; its funder may suspend it (no tranche is released meanwhile) and resume it. */
public enum AwardStatus {
    ACTIVE, SUSPENDED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<AwardStatus> {
        SUSPEND("suspend", EnumSet.of(ACTIVE), SUSPENDED),
        RESUME("resume", EnumSet.of(SUSPENDED), ACTIVE);

        private final String verb;
        private final Set<AwardStatus> from;
        private final AwardStatus to;

        Transition(String verb, Set<AwardStatus> from, AwardStatus to) {
            this.verb = verb;
            this.from = from;
            this.to = to;
        }

        @Override
        public String verb() {
            return verb;
        }

        @Override
        public Set<AwardStatus> allowedFrom() {
            return from;
        }

        @Override
        public AwardStatus target() {
            return to;
        }
    }

    public AwardStatus after(Transition transition) {
        return transition.from(this, Awards.RESOURCE);
    }
}
