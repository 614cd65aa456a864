package org.helix.funding.award;

/** The named checks a milestone must pass before it releases its tranche (DESIGN.md "Rules with numbers"). */
public enum ReleaseCheck {
    /** The event names an award this service granted and one of its tranches, for that award's project. */
    MILESTONE_LINKED,
    /** The project is still INCUBATING (not discontinued, not graduated) as incubation's events tell. */
    PROJECT_INCUBATING,
    /** The award is not SUSPENDED. */
    AWARD_NOT_SUSPENDED,
    /** The tranche is still PENDING: never released (or cancelled) before. */
    NOT_RELEASED_BEFORE
}
