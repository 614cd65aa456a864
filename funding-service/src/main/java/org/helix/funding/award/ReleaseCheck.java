package org.helix.funding.award;

/**
 * The named checks a release must pass (DESIGN.md "Rules with numbers"): a verified milestone of a PROJECT award the
 * first four, the funder's release by evidence of any other award AWARD_NOT_SUSPENDED, NOT_RELEASED_BEFORE and
 * EARLIER_TRANCHES_SETTLED.
 */
public enum ReleaseCheck {
    /** The event names an award this service granted and one of its tranches, for that award's project. */
    MILESTONE_LINKED,
    /** The project is still INCUBATING (not discontinued, not graduated) as incubation's events tell. */
    PROJECT_INCUBATING,
    /** The award is not SUSPENDED. */
    AWARD_NOT_SUSPENDED,
    /** The tranche is still PENDING: never released (or cancelled) before. */
    NOT_RELEASED_BEFORE,
    /**
     * Released by the funder's evidence (SCHOOL, APPOINTMENT, AGREEMENT awards) only in sequence: every earlier
     * tranche is released or cancelled.
     */
    EARLIER_TRANCHES_SETTLED
}
