package org.helix.curriculum.internship;

import org.helix.platform.web.lifecycle.Step;

import java.util.EnumSet;
import java.util.Set;

/** The internship lifecycle {@code PLANNED → ONGOING → COMPLETED | ABANDONED}. */
public enum InternshipStatus {
    PLANNED, ONGOING, COMPLETED, ABANDONED;

    /** Statuses that hold a place at the base. */
    public static final Set<InternshipStatus> HOLDING_A_PLACE = EnumSet.of(PLANNED, ONGOING);

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<InternshipStatus> {
        START("start", EnumSet.of(PLANNED), ONGOING),
        COMPLETE("complete", EnumSet.of(ONGOING), COMPLETED),
        ABANDON("abandon", EnumSet.of(ONGOING), ABANDONED);

        private final Step<InternshipStatus> step;

        Transition(String verb, Set<InternshipStatus> from, InternshipStatus to) {
            step = new Step<>(verb, from, to);
        }

        @Override
        public Step<InternshipStatus> step() {
            return step;
        }
    }

    public InternshipStatus after(Transition transition) {
        return transition.from(this, Internships.RESOURCE);
    }
}
