package org.helix.funding.application;

import org.helix.platform.web.lifecycle.Step;

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

        private final Step<ApplicationStatus> step;

        Transition(String verb, Set<ApplicationStatus> from, ApplicationStatus to) {
            step = new Step<>(verb, from, to);
        }

        @Override
        public Step<ApplicationStatus> step() {
            return step;
        }
    }

    public ApplicationStatus after(Transition transition) {
        return transition.from(this, Applications.RESOURCE);
    }
}
