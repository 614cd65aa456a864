package org.helix.governance.committee;

import java.util.Optional;
import java.util.Set;

/** The three tiers of governance, each with the parent tier it must sit under and the departments it may have. */
public enum Tier {
    MACRO(null, Set.of()),
    MESO("MACRO", Set.of(Department.PROJECT, Department.HR, Department.SECRETARIAT)),
    MICRO("MESO", Set.of(Department.COOPERATION_OFFICE, Department.TRAINING_BASE, Department.TEACHING_EMPLOYMENT));

    private final String parentTier;
    private final Set<Department> departments;

    Tier(String parentTier, Set<Department> departments) {
        this.parentTier = parentTier;
        this.departments = departments;
    }

    /** The tier a committee of this tier must sit under; empty for MACRO, which has no parent. */
    public Optional<Tier> parentTier() {
        return Optional.ofNullable(parentTier).map(Tier::valueOf);
    }

    public Set<Department> allowedDepartments() {
        return departments;
    }
}
