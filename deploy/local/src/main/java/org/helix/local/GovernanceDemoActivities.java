package org.helix.local;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The demo plenary (scheduled), the open resolution (voting open) and the draft school-enterprise agreement. */
final class GovernanceDemoActivities {

    private GovernanceDemoActivities() {
    }

    static void seed(ApiClient secretariat, String macro, String manufacturing, String riversideNova) {
        Instant start = LocalDate.now(ZoneOffset.UTC).plusDays(30).atTime(9, 0).toInstant(ZoneOffset.UTC);
        secretariat.post("/api/governance/committees/" + macro + "/meetings", Map.of(
                "kind", "PLENARY",
                "title", "Annual plenary of the joint education cooperation promotion committee",
                "startsAt", start.toString(),
                "endsAt", start.plus(3, ChronoUnit.HOURS).toString(),
                "location", "Provincial Education Hall, room 3",
                "visibility", "PUBLIC",
                "agenda", List.of(
                        Map.of("title", "Report on the alliance's year", "durationMinutes", 45),
                        Map.of("title", "Talent quotas for advanced manufacturing", "durationMinutes", 60),
                        Map.of("title", "Problems escalated from the alliances", "durationMinutes", 45))));

        String resolution = secretariat.post("/api/governance/committees/" + manufacturing + "/resolutions", Map.of(
                "title", "Open a CNC machining training base at Nova Precision Manufacturing",
                "text", "The alliance recommends a shared training base for CNC machining with 40 places a year.",
                "kind", "PLAN",
                "proposingOrganisationId", GovernanceDemoData.ASSOCIATION)).path("id").asText();
        secretariat.post("/api/governance/resolutions/" + resolution + "/voting/open", Map.of());

        GovernanceDemoAgreement.seed(secretariat, riversideNova);
    }
}
