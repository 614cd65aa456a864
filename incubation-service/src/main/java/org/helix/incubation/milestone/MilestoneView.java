package org.helix.incubation.milestone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A milestone as the API returns it, and the bodies its endpoints accept. */
public record MilestoneView(UUID id, UUID projectId, String title, String description, LocalDate dueDate,
        MilestoneStatus status, String evidence, Instant evidenceAt, String evidenceBy, LocalDate achievedOn,
        String verifiedBySubject, UUID verifiedByProfileId, UUID awardId, UUID trancheId, long version,
        Instant createdAt, Instant updatedAt) {

    public static MilestoneView of(Milestone m) {
        return new MilestoneView(m.id, m.projectId, m.title, m.description, m.dueDate, m.status, m.evidence,
                m.evidenceAt, m.evidenceBy, m.achievedOn, m.verifiedBySubject, m.verifiedByProfileId, m.awardId,
                m.trancheId, m.version, m.createdAt, m.updatedAt);
    }

    public record Plan(@NotBlank @Size(max = 200) String title, @Size(max = 2000) String description,
            @NotNull LocalDate dueDate) {
    }

    /** The team's evidence that the milestone is reached, with the version read. */
    public record Evidence(@NotBlank @Size(max = 4000) String evidence, @NotNull Long version) {
    }
}
