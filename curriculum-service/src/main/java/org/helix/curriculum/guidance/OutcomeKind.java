package org.helix.curriculum.guidance;

/** Where a graduate went. EMPLOYED and SELF_EMPLOYED count as employed in the employment rate. */
public enum OutcomeKind {
    EMPLOYED, SELF_EMPLOYED, FURTHER_STUDY, SEEKING
}
