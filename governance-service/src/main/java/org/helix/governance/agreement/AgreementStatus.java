package org.helix.governance.agreement;

import org.helix.platform.web.lifecycle.Step;

import java.util.EnumSet;
import java.util.Set;

/** The agreement lifecycle {@code DRAFT → SIGNED → ACTIVE → TERMINATED} (also {@code SIGNED → TERMINATED}). */
public enum AgreementStatus {
    DRAFT, SIGNED, ACTIVE, TERMINATED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<AgreementStatus> {
        /** Changing the terms (which clears the signatures). */
        EDIT("edit", EnumSet.of(DRAFT), null),
        /** One party signs; the agreement stays a draft until every party has. */
        SIGN("sign", EnumSet.of(DRAFT), null),
        /** The last party signed. */
        COMPLETE_SIGNATURES("complete the signatures of", EnumSet.of(DRAFT), SIGNED),
        ACTIVATE("activate", EnumSet.of(SIGNED), ACTIVE),
        TERMINATE("terminate", EnumSet.of(SIGNED, ACTIVE), TERMINATED);

        private final Step<AgreementStatus> step;

        Transition(String verb, Set<AgreementStatus> from, AgreementStatus to) {
            step = new Step<>(verb, from, to);
        }

        @Override
        public Step<AgreementStatus> step() {
            return step;
        }
    }

    /** The status after {@code transition}, or a 409 problem if this status does not allow it. */
    public AgreementStatus after(Transition transition) {
        return transition.from(this, Agreements.RESOURCE);
    }
}
