package org.helix.governance.agreement;

import org.helix.platform.web.problem.ApiProblem;

import java.util.EnumSet;
import java.util.Set;

/**
 * The agreement lifecycle {@code DRAFT → SIGNED → ACTIVE → TERMINATED} (also {@code SIGNED → TERMINATED}), in one
 * place: every change names its {@link Transition}, and a wrong one is the same 409 everywhere.
 */
public enum AgreementStatus {
    DRAFT, SIGNED, ACTIVE, TERMINATED;

    public enum Transition {
        /** Changing the terms (which clears the signatures). */
        EDIT("edit", EnumSet.of(DRAFT), DRAFT),
        /** One party signs; the agreement stays a draft until every party has. */
        SIGN("sign", EnumSet.of(DRAFT), DRAFT),
        /** The last party signed. */
        COMPLETE_SIGNATURES("complete the signatures of", EnumSet.of(DRAFT), SIGNED),
        ACTIVATE("activate", EnumSet.of(SIGNED), ACTIVE),
        TERMINATE("terminate", EnumSet.of(SIGNED, ACTIVE), TERMINATED);

        private final String verb;
        private final Set<AgreementStatus> from;
        private final AgreementStatus to;

        Transition(String verb, Set<AgreementStatus> from, AgreementStatus to) {
            this.verb = verb;
            this.from = from;
            this.to = to;
        }
    }

    /** The status after {@code transition}, or a 409 problem if this status does not allow it. */
    public AgreementStatus after(Transition transition) {
        if (!transition.from.contains(this)) {
            throw ApiProblem.illegalTransition(Agreements.RESOURCE, this, transition.verb);
        }
        return transition.to;
    }
}
