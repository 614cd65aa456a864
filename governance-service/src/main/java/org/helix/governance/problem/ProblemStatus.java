package org.helix.governance.problem;

import java.util.EnumSet;
import java.util.Set;

/** The problem lifecycle, {@code OPEN → ESCALATED → RESOLVED} (also {@code OPEN → RESOLVED}). */
public enum ProblemStatus {
    OPEN, ESCALATED, RESOLVED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<ProblemStatus> {
        /** An escalated problem may go further up; it stays ESCALATED. */
        ESCALATE("escalate", EnumSet.of(OPEN, ESCALATED), ESCALATED),
        RESOLVE("resolve", EnumSet.of(OPEN, ESCALATED), RESOLVED);

        private final String verb;
        private final Set<ProblemStatus> from;
        private final ProblemStatus to;

        Transition(String verb, Set<ProblemStatus> from, ProblemStatus to) {
            this.verb = verb;
            this.from = from;
            this.to = to;
        }

        @Override
        public String verb() {
            return verb;
        }

        @Override
        public Set<ProblemStatus> allowedFrom() {
            return from;
        }

        @Override
        public ProblemStatus target() {
            return to;
        }
    }

    public ProblemStatus after(Transition transition) {
        return transition.from(this, Problems.RESOURCE);
    }

    /** Whether the problem still waits at a committee (and so counts towards its escalation deadline). */
    public boolean isPending() {
        return this != RESOLVED;
    }
}
