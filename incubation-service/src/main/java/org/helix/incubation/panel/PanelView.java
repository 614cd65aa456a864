package org.helix.incubation.panel;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.UUID;

/** A panel seat as the API returns it, with whether its reviewer has reviewed yet. */
public record PanelView(UUID id, UUID projectId, UUID profileId, String reviewerSubject, String reviewerName,
        PanelMember.Kind kind, boolean reviewed, Instant assignedAt) {

    static PanelView of(PanelMember m, boolean reviewed) {
        return new PanelView(m.id, m.projectId, m.profileId, m.reviewerSubject, m.reviewerName, m.kind, reviewed,
                m.assignedAt);
    }

    /** Whom to seat on the panel. */
    public record Assignment(@NotNull UUID profileId) {
    }
}
