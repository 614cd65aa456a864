package org.helix.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo governance of the alliance: the MACRO committee, two MESO alliances (advanced manufacturing, digital
 * economy), a MICRO cooperation organisation under each, their members, a scheduled plenary, an open resolution and
 * a draft school-enterprise agreement. Seeded once: if the demo MACRO committee exists, nothing is written.
 */
final class GovernanceDemoData {

    /** Partner client of the demo government department (role gov-officer): it creates the MACRO committee. */
    static final String GOVERNMENT_CLIENT = "partner-government";

    static final String MACRO = "Joint Education Cooperation Promotion Committee";
    static final String GOVERNMENT = "00000000-0000-4000-8000-000000000001";
    static final String RIVERSIDE = "00000000-0000-4000-8000-000000000002";
    static final String NOVA = "00000000-0000-4000-8000-000000000003";
    static final String ASSOCIATION = "00000000-0000-4000-8000-000000000004";
    static final String BANK = "00000000-0000-4000-8000-000000000005";
    static final String SECRETARIAT = "00000000-0000-4000-8000-000000000007";
    static final String LAKESIDE = "00000000-0000-4000-8000-000000000012";
    static final String ORBIT = "00000000-0000-4000-8000-000000000013";

    private static final String COMMITTEES = "/api/governance/committees";

    private final ApiClient secretariat;
    private final ApiClient government;

    GovernanceDemoData(ApiClient secretariat, ApiClient government) {
        this.secretariat = secretariat;
        this.government = government;
    }

    /** Returns true when this call created the demo governance, false when it was there already. */
    boolean seed() {
        if (macroExists()) {
            return false;
        }
        String macro = create(government, Map.of("name", MACRO, "tier", "MACRO",
                "purpose", "Long-term planning, policy measures and major problems of the alliance"));
        members(macro, Map.of(GOVERNMENT, "CHAIR", SECRETARIAT, "SECRETARY", RIVERSIDE, "MEMBER", NOVA, "MEMBER",
                ASSOCIATION, "MEMBER"));

        String manufacturing = create(secretariat, Map.of("name", "Advanced Manufacturing Vocational Education Alliance",
                "tier", "MESO", "parentId", macro, "industry", "Advanced manufacturing",
                "departments", List.of("PROJECT", "HR", "SECRETARIAT"),
                "purpose", "Training plans and talent quotas for advanced manufacturing"));
        members(manufacturing, Map.of(ASSOCIATION, "CHAIR", RIVERSIDE, "MEMBER", NOVA, "MEMBER", BANK, "MEMBER"));

        String digital = create(secretariat, Map.of("name", "Digital Economy Vocational Education Alliance",
                "tier", "MESO", "parentId", macro, "industry", "Digital economy",
                "departments", List.of("PROJECT", "HR", "SECRETARIAT"),
                "purpose", "Curricula and internships for the digital economy"));
        members(digital, Map.of(ORBIT, "CHAIR", LAKESIDE, "MEMBER"));

        String riversideNova = create(secretariat, Map.of("name", "Riverside–Nova School-Enterprise Cooperation",
                "tier", "MICRO", "parentId", manufacturing,
                "departments", List.of("COOPERATION_OFFICE", "TRAINING_BASE", "TEACHING_EMPLOYMENT"),
                "purpose", "Internship base, discipline construction and employment guidance"));
        members(riversideNova, Map.of(RIVERSIDE, "CHAIR", NOVA, "VICE_CHAIR"));

        String lakesideOrbit = create(secretariat, Map.of("name", "Lakeside–Orbit School-Enterprise Cooperation",
                "tier", "MICRO", "parentId", digital,
                "departments", List.of("COOPERATION_OFFICE", "TEACHING_EMPLOYMENT"),
                "purpose", "Software engineering practice and employment guidance"));
        members(lakesideOrbit, Map.of(LAKESIDE, "CHAIR", ORBIT, "MEMBER"));

        GovernanceDemoActivities.seed(secretariat, macro, manufacturing, riversideNova);
        return true;
    }

    private boolean macroExists() {
        JsonNode page = secretariat.getJson(COMMITTEES + "?tier=MACRO&size=100");
        List<String> names = new ArrayList<>();
        page.path("items").forEach(item -> names.add(item.path("name").asText()));
        return names.contains(MACRO);
    }

    private static String create(ApiClient api, Map<String, Object> committee) {
        return api.post(COMMITTEES, committee).path("id").asText();
    }

    private void members(String committee, Map<String, String> positions) {
        new LinkedHashMap<>(positions).forEach((organisation, position) -> secretariat.post(
                COMMITTEES + "/" + committee + "/members",
                Map.of("organisationId", organisation, "position", position, "duties", duties(position))));
    }

    private static String duties(String position) {
        return switch (position) {
            case "CHAIR" -> "Leads the committee and signs its decisions";
            case "VICE_CHAIR" -> "Deputises for the chair";
            case "SECRETARY" -> "Prepares meetings, keeps the minutes and follows up actions";
            default -> "Takes part in meetings, votes on resolutions and raises problems";
        };
    }
}
