package org.helix.governance.meeting;

/** The kinds of meeting a committee holds. */
public enum MeetingKind {
    PLENARY,
    CONTACT_CONFERENCE,
    WORK_SEMINAR,
    EXTRAORDINARY
}
