package org.helix.governance.committee;

import org.helix.platform.web.problem.ApiProblem;

import java.util.EnumSet;
import java.util.Set;

/** Where a committee may sit: MESO under a MACRO, MICRO under a MESO, MACRO at the top; industry and departments. */
final class TierRules {

    private TierRules() {
    }

    /** @param parent the committee named as parent, or null when none was named */
    static void check(CommitteeDetails details, Committee parent) {
        Tier tier = details.tier();
        if (tier.parentTier().isEmpty() && details.parentId() != null) {
            throw ApiProblem.invalidField("parentId", "a MACRO committee has no parent");
        }
        if (tier.parentTier().isPresent()) {
            Tier expected = tier.parentTier().get();
            if (details.parentId() == null) {
                throw ApiProblem.invalidField("parentId", "a " + tier + " committee must sit under a " + expected
                        + " committee");
            }
            if (parent == null) {
                throw ApiProblem.invalidField("parentId", "committee " + details.parentId() + " does not exist");
            }
            if (parent.tier != expected) {
                throw ApiProblem.invalidField("parentId", "a " + tier + " committee must sit under a " + expected
                        + " committee, not a " + parent.tier + " one");
            }
        }
        if (tier == Tier.MESO && (details.industry() == null || details.industry().isBlank())) {
            throw ApiProblem.invalidField("industry", "is required for a MESO alliance");
        }
        Set<Department> departments = details.departments() == null ? Set.of() : Set.copyOf(details.departments());
        Set<Department> notAllowed = EnumSet.noneOf(Department.class);
        departments.stream().filter(d -> !tier.allowedDepartments().contains(d)).forEach(notAllowed::add);
        if (!notAllowed.isEmpty()) {
            throw ApiProblem.invalidField("departments", "a " + tier + " committee cannot have " + notAllowed
                    + (tier.allowedDepartments().isEmpty() ? "" : "; allowed: " + tier.allowedDepartments()));
        }
    }
}
