package org.helix.incubation.project;

import org.helix.platform.web.lifecycle.Step;

import java.util.EnumSet;
import java.util.Set;

/**
 * The project lifecycle {@code SUBMITTED → SCREENING → INCUBATING → GRADUATED | DISCONTINUED}, and {@code DECLINED}
 * from screening.
 */
public enum ProjectStatus {
    SUBMITTED, SCREENING, INCUBATING, GRADUATED, DISCONTINUED, DECLINED;

    /** Statuses in which funders see a project (once admitted). */
    public static final Set<ProjectStatus> ADMITTED = EnumSet.of(INCUBATING, GRADUATED, DISCONTINUED);

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<ProjectStatus> {
        /** The team changes what it submitted while it is not yet decided. */
        EDIT("edit", EnumSet.of(SUBMITTED, SCREENING), null),
        START_SCREENING("start screening", EnumSet.of(SUBMITTED), SCREENING),
        REVIEW("review", EnumSet.of(SCREENING), null),
        /** The school's side seats the screening panel before or during screening. */
        SEAT_PANEL("change the screening panel of", EnumSet.of(SUBMITTED, SCREENING), null),
        ADMIT("admit", EnumSet.of(SCREENING), INCUBATING),
        DECLINE("decline", EnumSet.of(SCREENING), DECLINED),
        GRADUATE("graduate", EnumSet.of(INCUBATING), GRADUATED),
        DISCONTINUE("discontinue", EnumSet.of(INCUBATING), DISCONTINUED),
        /** Mentors, milestones, park spaces and metrics belong to incubation. */
        INCUBATE("work on", EnumSet.of(INCUBATING), null),
        /** Service requests are sent from screening on (business registration, financing advice, ...). */
        REQUEST_SERVICE("request a service for", EnumSet.of(SCREENING, INCUBATING), null);

        private final Step<ProjectStatus> step;

        Transition(String verb, Set<ProjectStatus> from, ProjectStatus to) {
            step = new Step<>(verb, from, to);
        }

        @Override
        public Step<ProjectStatus> step() {
            return step;
        }
    }

    /** The status after {@code transition}, or a 409 problem if this status does not allow it. */
    public ProjectStatus after(Transition transition) {
        return transition.from(this, Projects.RESOURCE);
    }
}
