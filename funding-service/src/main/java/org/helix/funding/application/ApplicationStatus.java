package org.helix.funding.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code SUBMITTED → UNDER_REVIEW → AWARDED | DECLINED}, {@code SUBMITTED | UNDER_REVIEW → WITHDRAWN} (by the
 * applicant). The first reviewer assigned puts it under review.
 */
public enum ApplicationStatus {
    SUBMITTED, UNDER_REVIEW, AWARDED, DECLINED, WITHDRAWN;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<ApplicationStatus> {
        ASSIGN_REVIEWER("assign a reviewer to", EnumSet.of(SUBMITTED, UNDER_REVIEW), UNDER_REVIEW),
        REVIEW("review", EnumSet.of(UNDER_REVIEW), null),
        AWARD("award", EnumSet.of(UNDER_REVIEW), AWARDED),
        DECLINE("decline", EnumSet.of(SUBMITTED, UNDER_REVIEW), DECLINED),
        WITHDRAW("withdraw", EnumSet.of(SUBMITTED, UNDER_REVIEW), WITHDRAWN);

        private final String verb;
        private final Set<ApplicationStatus> from;
        private final ApplicationStatus to;

        Transition(String verb, Set<ApplicationStatus> from, ApplicationStatus to) {
            this.verb = verb;
            this.from = from;
            this.to = to;
        }

        @Override
        public String verb() {
            return verb;
        }

        @Override
        public Set<ApplicationStatus> allowedFrom() {
            return from;
        }

        @Override
        public ApplicationStatus target() {
            return to;
        }
    }

    public ApplicationStatus after(Transition transition) {
        return transition.from(this, Applications.RESOURCE);
    }
}
