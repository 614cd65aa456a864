package org.helix.funding.project;

/**
 * A project's status as incubation's events tell it. Only an INCUBATING project may be funded or have a tranche
 * released. {@link #stage} orders them so a late event never takes a project back.
 */
public enum ProjectStatus {
    SUBMITTED(0), INCUBATING(1), DECLINED(1), GRADUATED(2), DISCONTINUED(2);

    public final int stage;

    ProjectStatus(int stage) {
        this.stage = stage;
    }
}
