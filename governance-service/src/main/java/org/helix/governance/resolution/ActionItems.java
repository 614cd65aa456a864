package org.helix.governance.resolution;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.governance.access.Representatives;
import org.helix.governance.audit.AuditTrail;
import org.helix.governance.organisation.Organisation;
import org.helix.platform.messaging.outbox.Outbox;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Follow-up actions of adopted resolutions and their progress. */
@ApplicationScoped
public class ActionItems {

    @Inject
    Resolutions resolutions;

    @Inject
    Representatives representatives;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public ActionView create(UUID resolutionId, ResolutionRequests.NewAction request) {
        Resolution resolution = resolutions.find(resolutionId);
        resolution.requireAdopted();
        if (Organisation.findById(request.assigneeOrganisationId()) == null) {
            throw ApiProblem.invalidField("assigneeOrganisationId", "is not a registered organisation");
        }
        Instant now = Instant.now(clock);
        ActionItem action = new ActionItem();
        action.id = UUID.randomUUID();
        action.resolutionId = resolutionId;
        action.title = request.title().strip();
        action.assigneeOrganisationId = request.assigneeOrganisationId();
        action.dueDate = request.dueDate();
        action.status = ActionStatus.OPEN;
        action.createdAt = now;
        action.updatedAt = now;
        action.persist();
        entityManager.flush();
        ActionView view = ActionView.of(action, LocalDate.now(clock));
        audit.record(ActionItem.RESOURCE, action.id, "create", null, view);
        return view;
    }

    /** Moves an action one step on; only the assignee organisation's representatives or the secretariat/admin. */
    @Transactional
    public ActionView change(UUID id, ResolutionRequests.ActionChange change, Long ifMatchVersion) {
        ActionItem action = ActionItem.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (action == null) {
            throw ApiProblem.notFound(ActionItem.RESOURCE, id);
        }
        if (!representatives.seesEverything()
                && !action.assigneeOrganisationId.equals(representatives.requireRepresentative())) {
            throw Representatives.forbidden("Only the assignee organisation or the secretariat updates this action");
        }
        for (Long expected : new Long[] {change.version(), ifMatchVersion}) {
            if (expected != null && expected != action.version) {
                throw ApiProblem.staleVersion(ActionItem.RESOURCE, id);
            }
        }
        LocalDate today = LocalDate.now(clock);
        ActionView before = ActionView.of(action, today);
        action.moveTo(change.status(), Instant.now(clock));
        entityManager.flush();
        ActionView after = ActionView.of(action, today);
        audit.record(ActionItem.RESOURCE, id, "change-status", before, after);
        if (action.status == ActionStatus.DONE) {
            Resolution resolution = resolutions.find(action.resolutionId);
            boolean late = LocalDate.ofInstant(action.completedAt, clock.getZone()).isAfter(action.dueDate);
            outbox.record(Resolution.RESOURCE, action.resolutionId, ResolutionEvents.ACTION_COMPLETED,
                    new ResolutionEvents.ActionCompleted(action.id, action.resolutionId, resolution.committeeId,
                            action.title, action.assigneeOrganisationId, action.dueDate, action.completedAt, late));
        }
        return after;
    }

    public ActionView get(UUID id) {
        ActionItem action = ActionItem.findById(id);
        if (action == null) {
            throw ApiProblem.notFound(ActionItem.RESOURCE, id);
        }
        return ActionView.of(action, LocalDate.now(clock));
    }

    public Page<ActionView> list(UUID resolutionId, PageRequest page) {
        resolutions.find(resolutionId);
        LocalDate today = LocalDate.now(clock);
        return Page.of(ActionItem.find("resolutionId", Sort.ascending("dueDate").and("id"), resolutionId), page,
                (ActionItem action) -> ActionView.of(action, today));
    }
}
