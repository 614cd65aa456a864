package org.helix.curriculum.revision;

import org.helix.platform.web.lifecycle.Step;

import java.util.EnumSet;
import java.util.Set;

/** The revision lifecycle {@code DRAFT → UNDER_REVIEW → APPROVED → PUBLISHED}, {@code UNDER_REVIEW → DRAFT}. */
public enum RevisionStatus {
    DRAFT, UNDER_REVIEW, APPROVED, PUBLISHED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<RevisionStatus> {
        EDIT("edit", EnumSet.of(DRAFT), null),
        SUBMIT("submit", EnumSet.of(DRAFT), UNDER_REVIEW),
        REQUEST_CHANGES("request changes to", EnumSet.of(UNDER_REVIEW), DRAFT),
        APPROVE("approve", EnumSet.of(UNDER_REVIEW), APPROVED),
        PUBLISH("publish", EnumSet.of(APPROVED), PUBLISHED),
        COMMENT("comment on", EnumSet.of(DRAFT, UNDER_REVIEW, APPROVED), null);

        private final Step<RevisionStatus> step;

        Transition(String verb, Set<RevisionStatus> from, RevisionStatus to) {
            step = new Step<>(verb, from, to);
        }

        @Override
        public Step<RevisionStatus> step() {
            return step;
        }
    }

    public RevisionStatus after(Transition transition) {
        return transition.from(this, Revisions.RESOURCE);
    }
}
