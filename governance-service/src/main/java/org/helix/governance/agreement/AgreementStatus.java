package org.helix.governance.agreement;

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

        private final String verb;
        private final Set<AgreementStatus> from;
        private final AgreementStatus to;

        Transition(String verb, Set<AgreementStatus> from, AgreementStatus to) {
            this.verb = verb;
            this.from = from;
            this.to = to;
        }

        @Override
        public String verb() {
            return verb;
        }

        @Override
        public Set<AgreementStatus> allowedFrom() {
            return from;
        }

        @Override
        public AgreementStatus target() {
            return to;
        }
    }

    /** The status after {@code transition}, or a 409 problem if this status does not allow it. */
    public AgreementStatus after(Transition transition) {
        return transition.from(this, Agreements.RESOURCE);
    }
}
