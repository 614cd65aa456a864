package org.helix.governance.problem;

import org.helix.platform.web.problem.ApiProblem;

/**
 * The problem lifecycle, {@code OPEN → ESCALATED → RESOLVED} (also {@code OPEN → RESOLVED}), in one place: every
 * transition asks its current state, and a wrong one is the same 409 everywhere.
 */
public enum ProblemStatus {
    OPEN, ESCALATED, RESOLVED;

    /** An escalated problem may go further up; it stays ESCALATED. */
    ProblemStatus escalate() {
        if (this == RESOLVED) {
            throw ApiProblem.illegalTransition(Problems.RESOURCE, this, "escalate");
        }
        return ESCALATED;
    }

    ProblemStatus resolve() {
        if (this == RESOLVED) {
            throw ApiProblem.illegalTransition(Problems.RESOURCE, this, "resolve");
        }
        return RESOLVED;
    }

    /** Whether the problem still waits at a committee (and so counts towards its escalation deadline). */
    public boolean isPending() {
        return this != RESOLVED;
    }
}
