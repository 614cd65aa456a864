package org.helix.funding.award;

import org.helix.platform.web.lifecycle.Step;

import java.util.EnumSet;
import java.util.Set;

/** An award is ACTIVE; its funder may suspend it (no tranche is released meanwhile) and resume it. */
public enum AwardStatus {
    ACTIVE, SUSPENDED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<AwardStatus> {
        SUSPEND("suspend", EnumSet.of(ACTIVE), SUSPENDED),
        RESUME("resume", EnumSet.of(SUSPENDED), ACTIVE);

        private final Step<AwardStatus> step;

        Transition(String verb, Set<AwardStatus> from, AwardStatus to) {
            step = new Step<>(verb, from, to);
        }

        @Override
        public Step<AwardStatus> step() {
            return step;
        }
    }

    public AwardStatus after(Transition transition) {
        return transition.from(this, Awards.RESOURCE);
    }
}
