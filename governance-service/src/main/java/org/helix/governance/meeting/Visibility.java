package org.helix.governance.meeting;

/** Who may see a meeting: anyone signed in, or only the committee's current member organisations. */
public enum Visibility {
    PUBLIC,
    MEMBERS
}
