package org.helix.funding.ledger;

import java.util.EnumSet;
import java.util.Set;

/** A ledger is OPEN from the agreement's signing until its termination settles and closes it: {@code OPEN → CLOSED}. */
public enum LedgerStatus {
    OPEN, CLOSED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<LedgerStatus> {
        POST("post to", EnumSet.of(OPEN), null),
        SETTLE("settle", EnumSet.of(OPEN), CLOSED);

        private final String verb;
        private final Set<LedgerStatus> from;
        private final LedgerStatus to;

        Transition(String verb, Set<LedgerStatus> from, LedgerStatus to) {
            this.verb = verb;
            this.from = from;
            this.to = to;
        }

        @Override
        public String verb() {
            return verb;
        }

        @Override
        public Set<LedgerStatus> allowedFrom() {
            return from;
        }

        @Override
        public LedgerStatus target() {
            return to;
        }
    }

    public LedgerStatus after(Transition transition) {
        return transition.from(this, Ledgers.RESOURCE);
    }
}
