package org.helix.governance.committee;

/** A member organisation's position in a committee. */
public enum Position {
    CHAIR,
    VICE_CHAIR,
    SECRETARY,
    MEMBER
}
