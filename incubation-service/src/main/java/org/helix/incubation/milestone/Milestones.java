package org.helix.incubation.milestone;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.incubation.access.ProjectAccess;
import org.helix.incubation.mentor.Mentors;
import org.helix.incubation.mentor.Mentorship;
import org.helix.incubation.project.Project;
import org.helix.incubation.project.ProjectStatus;
import org.helix.incubation.project.Projects;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.scoping.Scope;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Milestones: the team plans them (or a funding award creates them), submits evidence, and an assigned mentor
 * verifies — ACHIEVED, announced as MilestoneAchieved (with the award and tranche it releases, when linked).
 */
@ApplicationScoped
public class Milestones {

    public static final String RESOURCE = "Milestone";
    private static final Map<String, String> SORTABLE = Map.of("dueDate", "dueDate", "createdAt", "createdAt");

    @Inject
    Projects projects;

    @Inject
    ProjectAccess access;

    @Inject
    Mentors mentors;

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    @Transactional
    public Milestone plan(UUID projectId, MilestoneView.Plan plan) {
        Project project = projects.lock(projectId);
        requireTeamSide(project);
        project.status.after(ProjectStatus.Transition.INCUBATE);
        LocalDate today = LocalDate.now(clock);
        if (plan.dueDate().isBefore(today.minusYears(1)) || plan.dueDate().isAfter(today.plusYears(10))) {
            throw ApiProblem.invalidField("dueDate", "a milestone is due within a year back and ten years ahead");
        }
        Milestone milestone = create(projectId, plan.title().strip(),
                plan.description() == null ? null : plan.description().strip(), plan.dueDate(), null, null);
        changes.record(RESOURCE, milestone.id, "plan", null, () -> MilestoneView.of(milestone));
        return milestone;
    }

    /** A milestone for a funding tranche (the funding consumer, in its transaction). */
    public Milestone forTranche(UUID projectId, String title, LocalDate dueDate, UUID awardId, UUID trancheId) {
        Milestone milestone = create(projectId, title, "Funding tranche of award " + awardId, dueDate, awardId,
                trancheId);
        changes.record(RESOURCE, milestone.id, "plan-from-award", null, () -> MilestoneView.of(milestone));
        return milestone;
    }

    @Transactional
    public Milestone submitEvidence(UUID projectId, UUID id, MilestoneView.Evidence evidence) {
        Project project = projects.lock(projectId);
        requireTeamSide(project);
        Milestone milestone = lock(projectId, id);
        milestone.status.after(MilestoneStatus.Transition.SUBMIT_EVIDENCE);
        if (evidence.version() != milestone.version) {
            throw ApiProblem.staleVersion(RESOURCE, id);
        }
        MilestoneView before = MilestoneView.of(milestone);
        Instant now = Instant.now(clock);
        milestone.evidence = evidence.evidence().strip();
        milestone.evidenceAt = now;
        milestone.evidenceBy = access.subject();
        milestone.updatedAt = now;
        changes.record(RESOURCE, id, "submit-evidence", before, () -> MilestoneView.of(milestone));
        return milestone;
    }

    /** An assigned mentor (active) verifies the evidence of a milestone of an incubating project: ACHIEVED. */
    @Transactional
    public Milestone verify(UUID projectId, UUID id) {
        Project project = projects.lock(projectId);
        Mentorship mentorship = mentors.activeMentorshipOfCaller(projectId).orElseThrow(() ->
                ApiProblem.forbidden("Only an assigned mentor of the project verifies its milestones"));
        project.status.after(ProjectStatus.Transition.INCUBATE);
        Milestone milestone = lock(projectId, id);
        milestone.status.after(MilestoneStatus.Transition.VERIFY);
        if (milestone.evidence == null) {
            throw ApiProblem.conflict("evidence-missing", "Evidence missing", "The team has not submitted evidence "
                    + "for milestone " + id + " yet");
        }
        MilestoneView before = MilestoneView.of(milestone);
        Instant now = Instant.now(clock);
        milestone.status = milestone.status.after(MilestoneStatus.Transition.VERIFY);
        milestone.achievedOn = LocalDate.now(clock);
        milestone.verifiedBySubject = mentorship.mentorSubject;
        milestone.verifiedByProfileId = mentorship.profileId;
        milestone.updatedAt = now;
        changes.record(RESOURCE, id, "verify", before, () -> MilestoneView.of(milestone),
                Changes.Event.of(Projects.RESOURCE, projectId, MilestoneAchieved.TYPE,
                        () -> MilestoneAchieved.of(milestone)));
        return milestone;
    }

    public List<MilestoneView> of(UUID projectId) {
        projects.get(projectId);
        return Milestone.<Milestone>list("projectId", Sort.ascending("dueDate").and("id"), projectId).stream()
                .map(MilestoneView::of).toList();
    }

    public Milestone get(UUID projectId, UUID id) {
        projects.get(projectId);
        Milestone milestone = Milestone.findById(id);
        if (milestone == null || !milestone.projectId.equals(projectId)) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return milestone;
    }

    /** PLANNED milestones whose due date has passed (by the clock), of the projects the caller may see. */
    public Page<MilestoneView> overdue(UUID school, UUID project, PageRequest page) {
        Scope visible = access.visibleProjects("p.");
        Criteria criteria = Criteria.of()
                .andIf(true, "status = :planned and dueDate < :today")
                .and("projectId = :project", "project", project)
                .and("projectId in (select p.id from Project p where p.schoolId = :school)", "school", school);
        if (!visible.isUnrestricted()) {
            criteria.and(new Scope("projectId in (select p.id from Project p where " + visible.condition() + ")",
                    visible.parameters()));
        }
        criteria.parameters().and("planned", MilestoneStatus.PLANNED).and("today", LocalDate.now(clock));
        Sort sort = page.toSort(SORTABLE, Sort.ascending("dueDate")).and("id");
        PanacheQuery<Milestone> query = criteria.find((where, order, params) -> Milestone.find(where, order, params),
                sort);
        return Page.of(query, page, MilestoneView::of);
    }

    private Milestone create(UUID projectId, String title, String description, LocalDate dueDate, UUID awardId,
            UUID trancheId) {
        Milestone milestone = new Milestone();
        milestone.id = UUID.randomUUID();
        milestone.projectId = projectId;
        milestone.title = title;
        milestone.description = description;
        milestone.dueDate = dueDate;
        milestone.status = MilestoneStatus.PLANNED;
        milestone.awardId = awardId;
        milestone.trancheId = trancheId;
        Instant now = Instant.now(clock);
        milestone.createdAt = now;
        milestone.updatedAt = now;
        milestone.persist();
        return milestone;
    }

    private Milestone lock(UUID projectId, UUID id) {
        Milestone milestone = Milestone.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (milestone == null || !milestone.projectId.equals(projectId)) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return milestone;
    }

    private void requireTeamSide(Project project) {
        if (!access.actsFor(project)) {
            throw ApiProblem.forbidden("Only the team, the school's representatives, admin and secretariat plan "
                    + "milestones and submit evidence");
        }
    }
}
