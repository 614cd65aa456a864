package org.helix.funding.ledger;

import org.helix.platform.web.lifecycle.Step;

import java.util.EnumSet;
import java.util.Set;

/** A ledger is OPEN from the agreement's signing until its termination settles and closes it: {@code OPEN → CLOSED}. */
public enum LedgerStatus {
    OPEN, CLOSED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<LedgerStatus> {
        POST("post to", EnumSet.of(OPEN), null),
        SETTLE("settle", EnumSet.of(OPEN), CLOSED);

        private final Step<LedgerStatus> step;

        Transition(String verb, Set<LedgerStatus> from, LedgerStatus to) {
            step = new Step<>(verb, from, to);
        }

        @Override
        public Step<LedgerStatus> step() {
            return step;
        }
    }

    public LedgerStatus after(Transition transition) {
        return transition.from(this, Ledgers.RESOURCE);
    }
}
