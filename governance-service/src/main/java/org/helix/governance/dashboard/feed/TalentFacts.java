package org.helix.governance.dashboard.feed;

import jakarta.enterprise.context.ApplicationScoped;
import org.helix.platform.messaging.inbox.EventData;

import java.time.Instant;
import java.util.Set;

/**
 * Talent's events: appointments each way (part-time teaching, enterprise practice) while they run, and the schools'
 * own practice targets.
 */
@ApplicationScoped
public class TalentFacts extends DashboardHandler {

    @Override
    protected String service() {
        return "talent";
    }

    @Override
    protected Set<String> shortTypes() {
        return Set.of("AppointmentActivated", "AppointmentCompleted", "AppointmentTerminated", "ProfileRegistered",
                "ProfileUpdated", "AssessmentRecorded", "EvaluationPublished", "PracticeTargetSet");
    }

    @Override
    protected void apply(String type, EventData data, Instant asOf) {
        switch (type) {
            case "AppointmentActivated" -> appointment(data, asOf, "ACTIVE")
                    .describe("start_date", data.requiredDate("startDate"))
                    .describe("end_date", data.requiredDate("endDate"))
                    .describe("hours_per_week", data.optionalDecimal("hoursPerWeek"))
                    .describe("green_channel", data.optionalBoolean("greenChannel", false))
                    .state("ended_on", null)
                    .apply(entityManager);
            case "AppointmentCompleted" -> appointment(data, asOf, "COMPLETED")
                    .state("ended_on", data.requiredDate("endedOn")).apply(entityManager);
            case "AppointmentTerminated" -> appointment(data, asOf, "TERMINATED")
                    .state("ended_on", data.requiredDate("endedOn")).apply(entityManager);
            case "PracticeTargetSet" -> LatestState.of("dashboard_practice_target")
                    .key("school_id", data.requiredUuid("schoolId"))
                    .state("target_hours", data.requiredInt("targetHours"))
                    .asOf(asOf)
                    .apply(entityManager);
            default -> {
                // counted only
            }
        }
    }

    private static LatestState appointment(EventData data, Instant asOf, String status) {
        return LatestState.of("dashboard_appointment")
                .key("appointment_id", data.requiredUuid("appointmentId"))
                .describe("kind", data.requiredText("kind"))
                .describe("profile_id", data.requiredUuid("profileId"))
                .describe("home_organisation_id", data.optionalUuid("homeOrganisationId"))
                .describe("host_organisation_id", data.requiredUuid("hostOrganisationId"))
                .state("status", status)
                .asOf(asOf);
    }
}
