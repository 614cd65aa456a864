package org.helix.talent.assessment;

/** The host's verdict on a period of an appointment. */
public enum Outcome {
    EXCELLENT, GOOD, PASS, FAIL
}
