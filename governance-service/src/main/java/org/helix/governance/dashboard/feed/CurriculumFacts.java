package org.helix.governance.dashboard.feed;

import jakarta.enterprise.context.ApplicationScoped;
import org.helix.platform.messaging.inbox.EventData;

import java.time.Instant;
import java.util.Set;

/** Curriculum's events: skill gaps, revisions, and graduates' employment outcomes. */
@ApplicationScoped
public class CurriculumFacts extends DashboardHandler {

    @Override
    protected String service() {
        return "curriculum";
    }

    @Override
    protected Set<String> shortTypes() {
        return Set.of("SkillGapDetected", "RevisionOpened", "RevisionPublished", "EmploymentRecorded", "SectionOpened",
                "StudentEnrolled", "StudentWithdrew");
    }

    @Override
    protected void apply(String type, EventData data, Instant asOf) {
        switch (type) {
            case "SkillGapDetected" -> LatestState.of("dashboard_skill_gap")
                    .key("school_id", data.requiredUuid("schoolId"))
                    .key("skill_id", data.requiredUuid("skillId"))
                    .state("sector", data.optionalText("sector"))
                    .state("demand", data.requiredInt("demand"))
                    .state("coverage", data.requiredInt("coverage"))
                    .state("gap", data.requiredInt("gap"))
                    .state("detected_at", asOf)
                    .asOf(asOf)
                    .apply(entityManager);
            case "RevisionOpened" -> revision(data, asOf, "OPEN").describe("opened_at", asOf).apply(entityManager);
            case "RevisionPublished" -> revision(data, asOf, "PUBLISHED").describe("published_at", asOf)
                    .apply(entityManager);
            case "EmploymentRecorded" -> LatestState.of("dashboard_employment")
                    .key("outcome_id", data.requiredUuid("outcomeId"))
                    .state("graduation_year", data.requiredInt("graduationYear"))
                    .state("school_id", data.requiredUuid("schoolId"))
                    .state("programme_id", data.optionalUuid("programmeId"))
                    .state("outcome", data.requiredText("outcome"))
                    .asOf(asOf)
                    .apply(entityManager);
            default -> {
                // counted only
            }
        }
    }

    private static LatestState revision(EventData data, Instant asOf, String status) {
        return LatestState.of("dashboard_revision")
                .key("revision_id", data.requiredUuid("revisionId"))
                .describe("school_id", data.optionalUuid("schoolId"))
                .describe("change", data.optionalText("change"))
                .state("status", status)
                .asOf(asOf);
    }
}
