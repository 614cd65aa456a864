package org.helix.funding.call;

import org.helix.platform.web.lifecycle.Step;

import java.util.EnumSet;
import java.util.Set;

/** A call is OPEN (applications within its window) until its funder closes it: {@code OPEN → CLOSED}. */
public enum CallStatus {
    OPEN, CLOSED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<CallStatus> {
        /** Terms (title, description, window, budget, max award) change only while it is open. */
        EDIT("edit", EnumSet.of(OPEN), null),
        /** Applications are accepted only while it is open (and within its window). */
        APPLY("apply to", EnumSet.of(OPEN), null),
        CLOSE("close", EnumSet.of(OPEN), CLOSED);

        private final Step<CallStatus> step;

        Transition(String verb, Set<CallStatus> from, CallStatus to) {
            step = new Step<>(verb, from, to);
        }

        @Override
        public Step<CallStatus> step() {
            return step;
        }
    }

    public CallStatus after(Transition transition) {
        return transition.from(this, Calls.RESOURCE);
    }
}
