package org.helix.governance.agreement;

public enum AgreementKind {
    /** Needs at least one SCHOOL and one ENTERPRISE party. */
    SCHOOL_ENTERPRISE,
    ALLIANCE,
    OTHER
}
