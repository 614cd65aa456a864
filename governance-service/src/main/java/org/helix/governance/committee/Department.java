package org.helix.governance.committee;

/** Departments of a committee: MESO alliances have the first three, MICRO organisations the last three. */
public enum Department {
    PROJECT,
    HR,
    SECRETARIAT,
    COOPERATION_OFFICE,
    TRAINING_BASE,
    TEACHING_EMPLOYMENT
}
