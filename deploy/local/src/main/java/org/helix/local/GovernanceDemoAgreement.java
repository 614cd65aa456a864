package org.helix.local;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A school-enterprise agreement between Riverside Vocational College and Nova Precision Manufacturing, drafted here and
 * signed by both in the talent demo ({@link TalentDemoData}): it starts on the first of this month, so it is ACTIVE.
 */
final class GovernanceDemoAgreement {

    private GovernanceDemoAgreement() {
    }

    static void seed(ApiClient secretariat, String riversideNova) {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        secretariat.post("/api/governance/agreements", Map.of(
                "title", "CNC machining training base: Riverside Vocational College and Nova Precision Manufacturing",
                "kind", "SCHOOL_ENTERPRISE",
                "committeeId", riversideNova,
                "scope", "A shared CNC training base: 40 apprentice places a year, two teachers in enterprise "
                        + "practice, joint assessment of graduates.",
                "startDate", start.toString(),
                "endDate", start.plusYears(3).minusDays(1).toString(),
                "parties", List.of(
                        Map.of("organisationId", GovernanceDemoData.RIVERSIDE, "riskShare", "40.00",
                                "benefitShare", "45.00", "contribution", "Teachers, classrooms and curriculum",
                                "contributionAmount", "120000.00"),
                        Map.of("organisationId", GovernanceDemoData.NOVA, "riskShare", "60.00",
                                "benefitShare", "55.00", "contribution", "Machines, workshop space and mentors",
                                "contributionAmount", "380000.00"))));
    }
}
