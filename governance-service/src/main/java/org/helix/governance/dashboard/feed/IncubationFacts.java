package org.helix.governance.dashboard.feed;

import jakarta.enterprise.context.ApplicationScoped;
import org.helix.platform.messaging.inbox.EventData;

import java.time.Instant;
import java.util.Set;

/** Incubation's events: the pipeline of projects from submission to graduation. */
@ApplicationScoped
public class IncubationFacts extends DashboardHandler {

    @Override
    protected String service() {
        return "incubation";
    }

    @Override
    protected Set<String> shortTypes() {
        return Set.of("ProjectSubmitted", "ProjectAdmitted", "ProjectDeclined", "ProjectGraduated",
                "ProjectDiscontinued", "MentorAssigned", "MentorReleased", "MilestoneAchieved",
                "ServiceRequestCompleted");
    }

    @Override
    protected void apply(String type, EventData data, Instant asOf) {
        Instant at = data.optionalInstant("occurredAt") != null ? data.optionalInstant("occurredAt") : asOf;
        switch (type) {
            case "ProjectSubmitted" -> project(data, asOf, "SUBMITTED").describe("submitted_at", at).apply(entityManager);
            case "ProjectAdmitted" -> project(data, asOf, "INCUBATING").describe("decided_at", at).apply(entityManager);
            case "ProjectDeclined" -> project(data, asOf, "DECLINED").describe("decided_at", at)
                    .describe("closed_at", at).apply(entityManager);
            case "ProjectGraduated" -> project(data, asOf, "GRADUATED").describe("closed_at", at).apply(entityManager);
            case "ProjectDiscontinued" -> project(data, asOf, "DISCONTINUED").describe("closed_at", at)
                    .apply(entityManager);
            default -> {
                // counted only
            }
        }
    }

    private static LatestState project(EventData data, Instant asOf, String status) {
        return LatestState.of("dashboard_project")
                .key("project_id", data.requiredUuid("projectId"))
                .describe("school_id", data.requiredUuid("schoolId"))
                .describe("sector", data.requiredText("sector"))
                .state("status", status)
                .asOf(asOf);
    }
}
