package org.helix.incubation.park;

/** What a pioneer-park space is. */
public enum SpaceKind {
    DESK, OFFICE, WORKSHOP
}
