package org.helix.curriculum.enrolment;

import org.helix.platform.web.lifecycle.Step;

import java.util.EnumSet;
import java.util.Set;

/** The enrolment lifecycle {@code ENROLLED → WITHDRAWN | COMPLETED}. */
public enum EnrolmentStatus {
    ENROLLED, WITHDRAWN, COMPLETED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<EnrolmentStatus> {
        WITHDRAW("withdraw", EnumSet.of(ENROLLED), WITHDRAWN),
        COMPLETE("complete", EnumSet.of(ENROLLED), COMPLETED);

        private final Step<EnrolmentStatus> step;

        Transition(String verb, Set<EnrolmentStatus> from, EnrolmentStatus to) {
            step = new Step<>(verb, from, to);
        }

        @Override
        public Step<EnrolmentStatus> step() {
            return step;
        }
    }

    public EnrolmentStatus after(Transition transition) {
        return transition.from(this, Enrolments.RESOURCE);
    }
}
