package org.helix.governance.resolution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A follow-up action of an adopted resolution, assigned to an organisation with a due date. */
@Entity
@Table(name = "action_item")
public class ActionItem extends PanacheEntityBase {

    static final String RESOURCE = "ActionItem";

    @Id
    public UUID id;

    @Column(name = "resolution_id", nullable = false)
    public UUID resolutionId;

    @Column(nullable = false)
    public String title;

    @Column(name = "assignee_organisation_id", nullable = false)
    public UUID assigneeOrganisationId;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    void moveTo(ActionStatus next, Instant at) {
        status = status.moveTo(next);
        updatedAt = at;
        if (status == ActionStatus.DONE) {
            completedAt = at;
        }
    }

    /** Overdue: due before {@code today} and not done. */
    boolean isOverdue(LocalDate today) {
        return status != ActionStatus.DONE && dueDate.isBefore(today);
    }
}
