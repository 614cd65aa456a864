package org.helix.curriculum.enrolment;

import java.util.EnumSet;
import java.util.Set;

/** The enrolment lifecycle {@code ENROLLED → WITHDRAWN | COMPLETED}. */
public enum EnrolmentStatus {
    ENROLLED, WITHDRAWN, COMPLETED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<EnrolmentStatus> {
        WITHDRAW("withdraw", EnumSet.of(ENROLLED), WITHDRAWN),
        COMPLETE("complete", EnumSet.of(ENROLLED), COMPLETED);

        private final String verb;
        private final Set<EnrolmentStatus> from;
        private final EnrolmentStatus to;

        Transition(String verb, Set<EnrolmentStatus> from, EnrolmentStatus to) {
            this.verb = verb;
            this.from = from;
            this.to = to;
        }

        @Override
        public String verb() {
            return verb;
        }

        @Override
        public Set<EnrolmentStatus> allowedFrom() {
            return from;
        }

        @Override
        public EnrolmentStatus target() {
            return to;
        }
    }

    public EnrolmentStatus after(Transition transition) {
        return transition.from(this, Enrolments.RESOURCE);
    }
}
