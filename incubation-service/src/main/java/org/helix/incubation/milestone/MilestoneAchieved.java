package org.helix.incubation.milestone;

import java.time.LocalDate;
import java.util.UUID;

/** Data of MilestoneAchieved ({@code events/MilestoneAchieved.schema.json}). Key = project id. */
public record MilestoneAchieved(UUID milestoneId, UUID projectId, UUID awardId, UUID trancheId, String title,
        LocalDate achievedOn, String verifiedBySubject, UUID verifiedByProfileId) {

    public static final String TYPE = "MilestoneAchieved";

    static MilestoneAchieved of(Milestone m) {
        return new MilestoneAchieved(m.id, m.projectId, m.awardId, m.trancheId, m.title, m.achievedOn,
                m.verifiedBySubject, m.verifiedByProfileId);
    }
}
