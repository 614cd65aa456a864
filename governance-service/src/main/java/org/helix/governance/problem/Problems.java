package org.helix.governance.problem;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.governance.access.Representatives;
import org.helix.platform.web.audit.AuditTrail;
import org.helix.platform.messaging.change.Changes;
import org.helix.governance.committee.Committee;
import org.helix.governance.committee.CommitteeMembers;
import org.helix.governance.committee.Committees;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.security.Caller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Raises problems at committees, escalates them up the tiers (by hand or when overdue) and resolves them. */
@ApplicationScoped
public class Problems {

    public static final String RESOURCE = "Problem";
    private static final Map<String, String> SORTABLE = Map.of("raisedAt", "raisedAt", "arrivedAt", "arrivedAt",
            "severity", "severity", "title", "title");

    @Inject
    Committees committees;

    @Inject
    CommitteeMembers members;

    @Inject
    Representatives representatives;

    @Inject
    Caller caller;

    @Inject
    Changes changes;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public Problem raise(UUID committeeId, ProblemRequests.Raise request) {
        Committee committee = committees.get(committeeId);
        UUID raisingOrganisation = raisingOrganisation(committeeId, request.raisingOrganisationId());
        Instant now = Instant.now(clock);
        Problem problem = new Problem();
        problem.id = UUID.randomUUID();
        problem.title = request.title().strip();
        problem.description = request.description();
        problem.severity = request.severity();
        problem.status = ProblemStatus.OPEN;
        problem.originCommitteeId = committee.id;
        problem.committeeId = committee.id;
        problem.tier = committee.tier;
        problem.raisingOrganisationId = raisingOrganisation;
        problem.raisedBy = caller.subject();
        problem.raisedAt = now;
        problem.arrivedAt = now;
        problem.updatedAt = now;
        problem.history.add(step(committee, null, now, caller.subject(), caller.organisationId().orElse(null), false,
                "raised"));
        problem.persist();
        changes.record(RESOURCE, problem.id, "raise", null, () -> ProblemView.of(problem),
                Changes.Event.of(RESOURCE, problem.id, ProblemEvent.RAISED, () -> ProblemEvent.Raised.of(problem)));
        return problem;
    }

    @Transactional
    public Problem escalate(UUID id, String reason) {
        Problem problem = lockedForChange(id);
        ProblemStatus next = problem.status.after(ProblemStatus.Transition.ESCALATE);
        Committee from = committees.get(problem.committeeId);
        if (from.parentId == null) {
            throw ApiProblem.conflict("no-higher-tier", "No higher tier", "The problem sits at the " + from.tier
                    + " committee '" + from.name + "'; there is no committee above it to escalate to");
        }
        moveUp(problem, from, next, caller.subject(), caller.organisationId().orElse(null), false,
                reason == null || reason.isBlank() ? null : reason.strip());
        return problem;
    }

    @Transactional
    public Problem resolve(UUID id, String resolutionNote) {
        Problem problem = lockedForChange(id);
        ProblemStatus next = problem.status.after(ProblemStatus.Transition.RESOLVE);
        ProblemView before = ProblemView.of(problem);
        Instant now = Instant.now(clock);
        problem.status = next;
        problem.resolutionNote = resolutionNote.strip();
        problem.resolvedAt = now;
        problem.resolvedBy = caller.subject();
        problem.updatedAt = now;
        changes.record(RESOURCE, problem.id, "resolve", before, () -> ProblemView.of(problem),
                Changes.Event.of(RESOURCE, problem.id, ProblemEvent.RESOLVED, () -> ProblemEvent.Resolved.of(problem)));
        return problem;
    }

    /** Problems still waiting past the deadline of the committee where they sit, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<UUID> overdue(Instant now) {
        return entityManager.createNativeQuery("""
                        select p.id from problem p join committee c on c.id = p.committee_id
                        where p.status in ('OPEN', 'ESCALATED') and c.parent_id is not null
                          and p.arrived_at + make_interval(days => c.escalation_deadline_days) < :now
                        order by p.arrived_at, p.id""")
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * Escalates the problem one tier up on behalf of the system if it is still overdue when locked (someone may have
     * escalated or resolved it meanwhile). Its own transaction, so one failure does not hold back the others.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean escalateIfOverdue(UUID id) {
        Problem problem = Problem.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (problem == null || !problem.status.isPending()) {
            return false;
        }
        Committee at = committees.get(problem.committeeId);
        Instant now = Instant.now(clock);
        if (at.parentId == null || !now.isAfter(problem.arrivedAt.plus(Duration.ofDays(at.escalationDeadlineDays)))) {
            return false;
        }
        moveUp(problem, at, problem.status.after(ProblemStatus.Transition.ESCALATE), AuditTrail.SYSTEM, null, true,
                "Not resolved within the escalation deadline of " + at.escalationDeadlineDays + " days at the "
                        + at.tier + " committee '" + at.name + "'");
        return true;
    }

    public Problem get(UUID id) {
        Problem problem = Problem.findById(id);
        if (problem == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return problem;
    }

    /** The problems sitting at the committee now (raised there or escalated to it). */
    public Page<ProblemView> list(UUID committeeId, ProblemStatus status, PageRequest page) {
        committees.get(committeeId);
        Sort sort = page.toSort(SORTABLE, Sort.descending("raisedAt")).and("id");
        PanacheQuery<Problem> query = status == null ? Problem.find("committeeId = ?1", sort, committeeId)
                : Problem.find("committeeId = ?1 and status = ?2", sort, committeeId, status);
        return Page.of(query, page, ProblemView::of);
    }

    private void moveUp(Problem problem, Committee from, ProblemStatus next, String actor, UUID actorOrganisation,
            boolean automatic, String reason) {
        Committee to = committees.get(from.parentId);
        ProblemView before = ProblemView.of(problem);
        Instant now = Instant.now(clock);
        ProblemStep step = step(to, from, now, actor, actorOrganisation, automatic, reason);
        problem.status = next;
        problem.committeeId = to.id;
        problem.tier = to.tier;
        problem.arrivedAt = now;
        problem.updatedAt = now;
        problem.history.add(step);
        changes.record(RESOURCE, problem.id, automatic ? "escalate-automatically" : "escalate", before,
                () -> ProblemView.of(problem), Changes.Event.of(RESOURCE, problem.id, ProblemEvent.ESCALATED,
                        () -> ProblemEvent.Escalated.of(problem, step)));
    }

    /**
     * The problem, locked against concurrent changes (and the escalation job), if the caller may handle it:
     * the secretariat and admin, or a representative of a current member of the committee where it sits.
     */
    private Problem lockedForChange(UUID id) {
        Problem problem = Problem.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (problem == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        if (!representatives.seesEverything()) {
            representatives.requireRepresentativeOfMember(problem.committeeId);
        }
        return problem;
    }

    /**
     * Representatives raise for their own organisation, which must be a current member; the secretariat and admin
     * may name any current member (their own organisation by default).
     */
    private UUID raisingOrganisation(UUID committeeId, UUID named) {
        if (representatives.seesEverything()) {
            UUID organisation = named != null ? named : caller.requireOrganisation();
            if (!members.isCurrentMember(committeeId, organisation)) {
                throw ApiProblem.invalidField("raisingOrganisationId",
                        "organisation " + organisation + " is not a current member of this committee");
            }
            return organisation;
        }
        UUID own = representatives.requireRepresentativeOfMember(committeeId);
        if (named != null && !named.equals(own)) {
            throw ApiProblem.forbidden("Representatives raise problems for their own organisation only");
        }
        return own;
    }

    private static ProblemStep step(Committee at, Committee from, Instant now, String actor, UUID actorOrganisation,
            boolean automatic, String reason) {
        ProblemStep step = new ProblemStep();
        step.committeeId = at.id;
        step.tier = at.tier;
        step.arrivedAt = now;
        step.fromCommitteeId = from == null ? null : from.id;
        step.fromTier = from == null ? null : from.tier;
        step.actor = actor;
        step.actorOrganisationId = actorOrganisation;
        step.automatic = automatic;
        step.reason = reason;
        return step;
    }
}
