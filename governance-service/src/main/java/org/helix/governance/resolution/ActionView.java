package org.helix.governance.resolution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A follow-up action; {@code overdue} is judged against today's date by the service clock. */
public record ActionView(UUID id, UUID resolutionId, String title, UUID assigneeOrganisationId, LocalDate dueDate,
        ActionStatus status, boolean overdue, Instant completedAt, long version, Instant createdAt,
        Instant updatedAt) {

    static ActionView of(ActionItem action, LocalDate today) {
        return new ActionView(action.id, action.resolutionId, action.title, action.assigneeOrganisationId,
                action.dueDate, action.status, action.isOverdue(today), action.completedAt, action.version,
                action.createdAt, action.updatedAt);
    }
}
