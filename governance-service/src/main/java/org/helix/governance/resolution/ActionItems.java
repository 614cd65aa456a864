package org.helix.governance.resolution;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.governance.access.Representatives;
import org.helix.platform.messaging.change.Changes;
import org.helix.governance.organisation.Organisation;
import org.helix.platform.web.scoping.OrganisationScope;
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
    Changes changes;

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
        return changes.record(ActionItem.RESOURCE, action.id, "create", null,
                () -> ActionView.of(action, LocalDate.now(clock)));
    }

    /** Moves an action one step on; only the assignee organisation's representatives or the secretariat/admin. */
    @Transactional
    public ActionView change(UUID id, ResolutionRequests.ActionChange change, Long ifMatchVersion) {
        ActionItem action = visible(ActionItem.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
        if (!representatives.seesEverything()
                && !action.assigneeOrganisationId.equals(representatives.requireRepresentative())) {
            throw ApiProblem.forbidden("Only the assignee organisation or the secretariat updates this action");
        }
        for (Long expected : new Long[] {change.version(), ifMatchVersion}) {
            if (expected != null && expected != action.version) {
                throw ApiProblem.staleVersion(ActionItem.RESOURCE, id);
            }
        }
        LocalDate today = LocalDate.now(clock);
        ActionView before = ActionView.of(action, today);
        action.moveTo(change.status(), Instant.now(clock));
        if (action.status != ActionStatus.DONE) {
            return changes.record(ActionItem.RESOURCE, id, "change-status", before, () -> ActionView.of(action, today));
        }
        Resolution resolution = resolutions.find(action.resolutionId);
        return changes.record(ActionItem.RESOURCE, id, "change-status", before, () -> ActionView.of(action, today),
                Changes.Event.of(Resolution.RESOURCE, action.resolutionId, ResolutionEvents.ACTION_COMPLETED,
                        () -> new ResolutionEvents.ActionCompleted(action.id, action.resolutionId,
                                resolution.committeeId, action.title, action.assigneeOrganisationId, action.dueDate,
                                action.completedAt, LocalDate.ofInstant(action.completedAt, clock.getZone())
                                        .isAfter(action.dueDate))));
    }

    public ActionView get(UUID id) {
        return ActionView.of(visible(ActionItem.findById(id), id), LocalDate.now(clock));
    }

    /** An action is seen by whoever may see its resolution (which follows its meeting's visibility). */
    private ActionItem visible(ActionItem action, UUID id) {
        return OrganisationScope.visible(action, found -> resolutions.isVisible(found.resolutionId),
                ActionItem.RESOURCE, id);
    }

    public Page<ActionView> list(UUID resolutionId, PageRequest page) {
        resolutions.find(resolutionId);
        LocalDate today = LocalDate.now(clock);
        return Page.of(ActionItem.find("resolutionId", Sort.ascending("dueDate").and("id"), resolutionId), page,
                (ActionItem action) -> ActionView.of(action, today));
    }
}
