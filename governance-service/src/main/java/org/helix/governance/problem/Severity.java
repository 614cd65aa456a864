package org.helix.governance.problem;

public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
