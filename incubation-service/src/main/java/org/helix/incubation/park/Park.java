package org.helix.incubation.park;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.incubation.access.ProjectAccess;
import org.helix.incubation.project.Project;
import org.helix.incubation.project.ProjectStatus;
import org.helix.incubation.project.Projects;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The pioneer park: spaces (open to every signed-in caller with their availability) and their allocation to
 * INCUBATING projects by admin and secretariat. A space is never over-allocated: an allocation takes a place with
 * {@code update park_space set allocated = allocated + 1 where id = ? and allocated < capacity}, which PostgreSQL
 * runs one at a time per space (and a check constraint backs it). Allocations are released on graduation or
 * discontinuation.
 */
@ApplicationScoped
public class Park {

    public static final String SPACE = "ParkSpace";
    public static final String ALLOCATION = "ParkAllocation";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt",
            "capacity", "capacity");

    @Inject
    Projects projects;

    @Inject
    ProjectAccess access;

    @Inject
    Changes changes;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public Space create(ParkViews.NewSpace body) {
        requireParkManagement();
        if (Space.count("lower(name) = ?1", body.name().strip().toLowerCase()) > 0) {
            throw ApiProblem.conflict("duplicate-space", "Duplicate space", "A space named " + body.name().strip()
                    + " exists");
        }
        Space space = new Space();
        space.id = UUID.randomUUID();
        space.name = body.name().strip();
        space.kind = body.kind();
        space.capacity = body.capacity();
        space.createdAt = Instant.now(clock);
        space.persist();
        changes.record(SPACE, space.id, "create", null, () -> ParkViews.SpaceView.of(space));
        return space;
    }

    @Transactional
    public Allocation allocate(UUID spaceId, UUID projectId) {
        requireParkManagement();
        Project project = projects.lock(projectId);
        if (Space.findById(spaceId) == null) {
            throw ApiProblem.notFound(SPACE, spaceId);
        }
        if (project.status != ProjectStatus.INCUBATING) {
            throw ApiProblem.invalidField("projectId", "park spaces go to INCUBATING projects; this one is "
                    + project.status);
        }
        if (Allocation.count("spaceId = ?1 and projectId = ?2 and status = ?3", spaceId, projectId,
                Allocation.Status.ACTIVE) > 0) {
            throw ApiProblem.conflict("already-allocated", "Already allocated", "Project " + projectId
                    + " already has space " + spaceId);
        }
        int taken = entityManager.createNativeQuery("update park_space set allocated = allocated + 1, "
                        + "version = version + 1 where id = :id and allocated < capacity")
                .setParameter("id", spaceId).executeUpdate();
        if (taken == 0) {
            throw ApiProblem.conflict("space-full", "Space full", "Space " + spaceId + " is fully allocated");
        }
        Allocation allocation = new Allocation();
        allocation.id = UUID.randomUUID();
        allocation.spaceId = spaceId;
        allocation.projectId = projectId;
        allocation.status = Allocation.Status.ACTIVE;
        allocation.allocatedAt = Instant.now(clock);
        allocation.persist();
        changes.record(ALLOCATION, allocation.id, "allocate", null, () -> ParkViews.AllocationView.of(allocation));
        return allocation;
    }

    @Transactional
    public Allocation release(UUID allocationId) {
        requireParkManagement();
        Allocation allocation = Allocation.findById(allocationId, LockModeType.PESSIMISTIC_WRITE);
        if (allocation == null) {
            throw ApiProblem.notFound(ALLOCATION, allocationId);
        }
        release(allocation);
        return allocation;
    }

    /** Releases every active allocation of a project that graduated or was discontinued (in its transaction). */
    public void releaseAllOf(Project project) {
        Allocation.<Allocation>list("projectId = ?1 and status = ?2", Sort.ascending("id"), project.id,
                Allocation.Status.ACTIVE).forEach(this::release);
    }

    public Page<ParkViews.SpaceView> spaces(SpaceKind kind, Boolean available, PageRequest page) {
        Criteria criteria = Criteria.of().and("kind = :kind", "kind", kind)
                .andIf(Boolean.TRUE.equals(available), "allocated < capacity");
        Sort sort = page.toSort(SORTABLE, Sort.ascending("name")).and("id");
        PanacheQuery<Space> query = criteria.find((where, order, params) -> Space.find(where, order, params), sort);
        return Page.of(query, page, ParkViews.SpaceView::of);
    }

    public Space space(UUID id) {
        Space space = Space.findById(id);
        if (space == null) {
            throw ApiProblem.notFound(SPACE, id);
        }
        return space;
    }

    public List<ParkViews.AllocationView> allocationsOf(UUID projectId) {
        projects.get(projectId);
        return Allocation.<Allocation>list("projectId", Sort.descending("allocatedAt").and("id"), projectId)
                .stream().map(ParkViews.AllocationView::of).toList();
    }

    private void release(Allocation allocation) {
        ParkViews.AllocationView before = ParkViews.AllocationView.of(allocation);
        allocation.status = allocation.status.after(Allocation.Status.Transition.RELEASE);
        allocation.releasedAt = Instant.now(clock);
        entityManager.createNativeQuery("update park_space set allocated = allocated - 1, version = version + 1 "
                + "where id = :id").setParameter("id", allocation.spaceId).executeUpdate();
        changes.record(ALLOCATION, allocation.id, "release", before, () -> ParkViews.AllocationView.of(allocation));
    }

    private void requireParkManagement() {
        if (!access.seesEverything()) {
            throw ApiProblem.forbidden("Admin and secretariat manage the pioneer park");
        }
    }
}
