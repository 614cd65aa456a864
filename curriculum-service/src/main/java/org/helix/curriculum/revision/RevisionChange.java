package org.helix.curriculum.revision;

/** What a revision does to the catalogue when published. */
public enum RevisionChange {
    /** A new course in a programme (its version 1). */
    ADD,
    /** The course's next version with new content. */
    MODIFY,
    /** The course's last version, retiring it. */
    RETIRE
}
