package org.helix.funding.call;

/** What a call funds: an incubation project, a school, a talent-exchange appointment or a cooperation agreement. */
public enum TargetKind {
    PROJECT, SCHOOL, APPOINTMENT, AGREEMENT
}
