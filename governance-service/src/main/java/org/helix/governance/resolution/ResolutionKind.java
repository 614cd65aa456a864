package org.helix.governance.resolution;

/** What a resolution decides. A CURRICULUM_REVISION names the school and the course or programme it revises. */
public enum ResolutionKind {
    POLICY,
    PLAN,
    CURRICULUM_REVISION,
    FUNDING_RECOMMENDATION,
    TALENT_QUOTA,
    GENERAL
}
