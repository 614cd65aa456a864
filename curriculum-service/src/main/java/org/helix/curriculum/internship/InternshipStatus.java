package org.helix.curriculum.internship;

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

        private final String verb;
        private final Set<InternshipStatus> from;
        private final InternshipStatus to;

        Transition(String verb, Set<InternshipStatus> from, InternshipStatus to) {
            this.verb = verb;
            this.from = from;
            this.to = to;
        }

        @Override
        public String verb() {
            return verb;
        }

        @Override
        public Set<InternshipStatus> allowedFrom() {
            return from;
        }

        @Override
        public InternshipStatus target() {
            return to;
        }
    }

    public InternshipStatus after(Transition transition) {
        return transition.from(this, Internships.RESOURCE);
    }
}
