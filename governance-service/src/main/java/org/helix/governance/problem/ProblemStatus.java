package org.helix.governance.problem;

import org.helix.platform.web.lifecycle.Step;

import java.util.EnumSet;
import java.util.Set;

/** The problem lifecycle, {@code OPEN → ESCALATED → RESOLVED} (also {@code OPEN → RESOLVED}). */
public enum ProblemStatus {
    OPEN, ESCALATED, RESOLVED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<ProblemStatus> {
        /** An escalated problem may go further up; it stays ESCALATED. */
        ESCALATE("escalate", EnumSet.of(OPEN, ESCALATED), ESCALATED),
        RESOLVE("resolve", EnumSet.of(OPEN, ESCALATED), RESOLVED);

        private final Step<ProblemStatus> step;

        Transition(String verb, Set<ProblemStatus> from, ProblemStatus to) {
            step = new Step<>(verb, from, to);
        }

        @Override
        public Step<ProblemStatus> step() {
            return step;
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
