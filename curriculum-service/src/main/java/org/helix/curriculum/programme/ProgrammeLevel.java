package org.helix.curriculum.programme;

/** The level a programme leads to. */
public enum ProgrammeLevel {
    SECONDARY_VOCATIONAL, HIGHER_VOCATIONAL, APPLIED_BACHELOR
}
