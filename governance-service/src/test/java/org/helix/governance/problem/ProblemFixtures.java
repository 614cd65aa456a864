package org.helix.governance.problem;

import java.util.Map;
import java.util.UUID;

import static org.helix.governance.GovernanceFixtures.GOVERNMENT;
import static org.helix.governance.GovernanceFixtures.INDUSTRY_ASSOCIATION;
import static org.helix.governance.GovernanceFixtures.NOVA_MANUFACTURING;
import static org.helix.governance.GovernanceFixtures.RIVERSIDE_COLLEGE;
import static org.helix.governance.GovernanceFixtures.as;
import static org.helix.governance.GovernanceFixtures.join;
import static org.helix.governance.GovernanceFixtures.macro;
import static org.helix.governance.GovernanceFixtures.meso;
import static org.helix.governance.GovernanceFixtures.micro;
import static org.helix.governance.GovernanceFixtures.unique;

/** Three tiers with members, and problems raised on them, through the real API. */
final class ProblemFixtures {

    /** MACRO (government: gov-officer) → MESO (association: association-rep) → MICRO (school-admin, enterprise-rep). */
    record Tiers(UUID macro, UUID meso, UUID micro) {
    }

    private ProblemFixtures() {
    }

    static Tiers tiers() {
        UUID macro = macro(unique("Problems MACRO"));
        join(macro, GOVERNMENT, "CHAIR");
        UUID meso = meso(unique("Problems MESO"), macro, unique("Industry"));
        join(meso, INDUSTRY_ASSOCIATION, "CHAIR");
        UUID micro = micro(unique("Problems MICRO"), meso);
        join(micro, RIVERSIDE_COLLEGE, "CHAIR");
        join(micro, NOVA_MANUFACTURING, "MEMBER");
        return new Tiers(macro, meso, micro);
    }

    static Map<String, Object> problemBody(String title) {
        return Map.of("title", title, "description", "Interns lack safety training before shop-floor placements",
                "severity", "HIGH");
    }

    static UUID raise(String user, UUID committee) {
        return UUID.fromString(as(user).body(problemBody(unique("Problem"))).post(problems(committee))
                .then().statusCode(201).extract().path("id"));
    }

    static String problems(UUID committee) {
        return "/api/governance/committees/" + committee + "/problems";
    }

    static String problem(UUID id) {
        return "/api/governance/problems/" + id;
    }
}
