package org.helix.incubation.project;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.incubation.access.ProjectAccess;
import org.helix.incubation.config.IncubationRules;
import org.helix.incubation.organisation.Organisation;
import org.helix.incubation.organisation.OrganisationType;
import org.helix.incubation.panel.PanelMember;
import org.helix.incubation.project.ProjectStatus.Transition;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.platform.web.security.Caller;
import org.helix.platform.web.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Submits, screens, admits, declines and ends projects; every step in one place with its event. */
@ApplicationScoped
public class Projects {

    public static final String RESOURCE = "Project";
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "title", "title",
            "status", "status", "sector", "sector");

    @Inject
    ProjectAccess access;

    @Inject
    Caller caller;

    @Inject
    Changes changes;

    @Inject
    IncubationRules rules;

    @Inject
    ProjectEndings endings;

    @Inject
    Clock clock;

    @Transactional
    public Project submit(ProjectRequests.Submission submission) {
        String lead;
        if (caller.hasRole(Roles.STUDENT) && !access.seesEverything()) {
            if (!caller.organisationId().map(submission.schoolId()::equals).orElse(false)) {
                throw ApiProblem.invalidField("schoolId", "a student submits a project of their own school");
            }
            lead = caller.subject();
            if (submission.teamLeadSubject() != null && !submission.teamLeadSubject().equals(lead)) {
                throw ApiProblem.invalidField("teamLeadSubject", "a student submitting a project leads its team");
            }
        } else if (access.represents(submission.schoolId())) {
            if (submission.teamLeadSubject() == null) {
                throw ApiProblem.invalidField("teamLeadSubject", "name the student who leads the team");
            }
            lead = submission.teamLeadSubject();
        } else {
            throw ApiProblem.forbidden("Students submit projects of their own school; representatives of the "
                    + "school, admin and secretariat submit for a team");
        }
        requireSchool(submission.schoolId());
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.status = ProjectStatus.SUBMITTED;
        project.teamLeadSubject = lead;
        project.schoolId = submission.schoolId();
        apply(submission, project);
        project.createdAt = project.updatedAt;
        project.persist();
        changes.record(RESOURCE, project.id, "submit", null, () -> ProjectView.of(project),
                event(project, ProjectEvent.SUBMITTED, () -> ProjectEvent.Lifecycle.of(project, null)));
        return project;
    }

    /** The team lead (or the school's representatives, admin, secretariat) changes a project not yet decided. */
    @Transactional
    public Project change(UUID id, ProjectRequests.Submission submission) {
        Project project = lock(id);
        if (!project.teamLeadSubject.equals(access.subject()) && !access.represents(project.schoolId)) {
            throw ApiProblem.forbidden("Only the team lead, the school's representatives, admin and secretariat "
                    + "change a project");
        }
        project.status.after(Transition.EDIT);
        if (submission.version() == null) {
            throw ApiProblem.invalidField("version", "send the version you read");
        }
        if (submission.version() != project.version) {
            throw ApiProblem.staleVersion(RESOURCE, id);
        }
        if (!submission.schoolId().equals(project.schoolId)) {
            throw ApiProblem.invalidField("schoolId", "the school of a project stays " + project.schoolId);
        }
        if (submission.teamLeadSubject() != null && !submission.teamLeadSubject().equals(project.teamLeadSubject)) {
            throw ApiProblem.invalidField("teamLeadSubject", "the team lead stays " + project.teamLeadSubject);
        }
        ProjectView before = ProjectView.of(project);
        apply(submission, project);
        changes.record(RESOURCE, id, "update", before, () -> ProjectView.of(project));
        return project;
    }

    @Transactional
    public Project startScreening(UUID id) {
        Project project = lockForSchool(id, "start screening");
        ProjectView before = ProjectView.of(project);
        project.status = project.status.after(Transition.START_SCREENING);
        project.updatedAt = Instant.now(clock);
        changes.record(RESOURCE, id, "start-screening", before, () -> ProjectView.of(project));
        return project;
    }

    /** A member of the project's screening panel (not on the team) reviews it while SCREENING, once. */
    @Transactional
    public Review review(UUID id, ProjectRequests.ReviewScores scores) {
        Project project = lock(id);
        PanelMember seat = PanelMember.seatOf(id, access.subject()).orElseThrow(() -> ApiProblem.forbidden(
                "Only the project's screening panel reviews it"));
        if (access.isOnTeam(project)) {
            throw ApiProblem.forbidden("A team member does not review their own project");
        }
        project.status.after(Transition.REVIEW);
        if (Review.count("projectId = ?1 and reviewerSubject = ?2", id, caller.subject()) > 0) {
            throw ApiProblem.conflict("already-reviewed", "Already reviewed", "You reviewed project " + id
                    + " already");
        }
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.projectId = id;
        review.reviewerSubject = caller.subject();
        review.reviewerRole = seat.kind == PanelMember.Kind.EXPERT ? Roles.EXPERT : Roles.TEACHER;
        review.innovation = scores.innovation();
        review.feasibility = scores.feasibility();
        review.market = scores.market();
        review.team = scores.team();
        review.comment = scores.comment() == null ? null : scores.comment().strip();
        review.createdAt = Instant.now(clock);
        review.persist();
        changes.record("Review", review.id, "review", null, () -> ReviewView.of(review));
        return review;
    }

    /**
     * Admits a project under screening: by the rule (≥ min reviews, mean ≥ threshold; admin or secretariat), or by an
     * admin's override with a reason, whatever the reviews say.
     */
    @Transactional
    public Project admit(UUID id, String overrideReason) {
        Project project = lock(id);
        if (!access.seesEverything()) {
            throw ApiProblem.forbidden("Admin and secretariat admit projects");
        }
        project.status.after(Transition.ADMIT);
        AdmissionRule.Decision decision = rule().decide(criteriaSums(id));
        String reason;
        if (overrideReason != null) {
            if (!caller.hasRole(Roles.ADMIN)) {
                throw ApiProblem.forbidden("Only an admin admits by override");
            }
            reason = "admitted by an admin's override (" + decision.explanation() + ")";
            project.overrideReason = overrideReason.strip();
        } else if (!decision.admitted()) {
            throw ApiProblem.invalidField("reviews", decision.explanation() + "; an admin may admit it with an "
                    + "overrideReason");
        } else {
            reason = decision.explanation();
        }
        ProjectView before = ProjectView.of(project);
        Instant now = Instant.now(clock);
        project.status = project.status.after(Transition.ADMIT);
        project.admittedAt = now;
        project.updatedAt = now;
        changes.record(RESOURCE, id, "admit", before, () -> ProjectView.of(project),
                event(project, ProjectEvent.ADMITTED, () -> ProjectEvent.Admitted.of(project, reason)));
        return project;
    }

    @Transactional
    public Project decline(UUID id, String reason) {
        Project project = lockForSchool(id, "decline");
        ProjectView before = ProjectView.of(project);
        project.status = project.status.after(Transition.DECLINE);
        end(project, reason.strip());
        changes.record(RESOURCE, id, "decline", before, () -> ProjectView.of(project),
                event(project, ProjectEvent.DECLINED, () -> ProjectEvent.Lifecycle.of(project, project.endReason)));
        return project;
    }

    /** Graduated: its mentors and park spaces are released with it. */
    @Transactional
    public Project graduate(UUID id, String note) {
        Project project = lockForSchool(id, "graduate");
        ProjectView before = ProjectView.of(project);
        project.status = project.status.after(Transition.GRADUATE);
        end(project, note == null ? null : note.strip());
        changes.record(RESOURCE, id, "graduate", before, () -> ProjectView.of(project),
                event(project, ProjectEvent.GRADUATED, () -> ProjectEvent.Lifecycle.of(project, project.endReason)));
        endings.releaseEverythingOf(project);
        return project;
    }

    /** Discontinued: its mentors and park spaces are released; funding cancels its pending tranches. */
    @Transactional
    public Project discontinue(UUID id, String reason) {
        Project project = lockForSchool(id, "discontinue");
        ProjectView before = ProjectView.of(project);
        project.status = project.status.after(Transition.DISCONTINUE);
        end(project, reason.strip());
        changes.record(RESOURCE, id, "discontinue", before, () -> ProjectView.of(project),
                event(project, ProjectEvent.DISCONTINUED,
                        () -> ProjectEvent.Lifecycle.of(project, project.endReason)));
        endings.releaseEverythingOf(project);
        return project;
    }

    /** The project, if the caller may see it; else 404. */
    public Project get(UUID id) {
        return OrganisationScope.visible(Project.findById(id), access::maySee, RESOURCE, id);
    }

    /** The project locked for a change, if the caller may see it; else 404. */
    public Project lock(UUID id) {
        return OrganisationScope.visible(Project.findById(id, LockModeType.PESSIMISTIC_WRITE), access::maySee,
                RESOURCE, id);
    }

    public ReviewView.Screening screening(UUID id) {
        Project project = get(id);
        List<ReviewView> reviews = Review.<Review>find("projectId", Sort.ascending("createdAt").and("id"), id)
                .stream().map(ReviewView::of).toList();
        List<Integer> sums = new ArrayList<>();
        reviews.forEach(r -> sums.add(r.innovation() + r.feasibility() + r.market() + r.team()));
        AdmissionRule rule = rule();
        AdmissionRule.Decision decision = rule.decide(sums);
        return new ReviewView.Screening(id, project.status, reviews.size(), decision.mean(), rule.threshold(),
                rule.minReviews(), decision.admitted(), decision.explanation(), reviews);
    }

    public Page<ProjectView> list(ProjectStatus status, UUID school, String sector, String member,
            PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("status = :status", "status", status)
                .and("schoolId = :school", "school", school)
                .and("sector = :sector", "sector", sector)
                .and("(teamLeadSubject = :member or :member member of members)", "member", member)
                .and(access.visibleProjects());
        Sort sort = page.toSort(SORTABLE, Sort.descending("createdAt")).and("id");
        PanacheQuery<Project> query = criteria.find((where, order, params) -> Project.find(where, order, params),
                sort);
        return Page.of(query, page, ProjectView::of);
    }

    AdmissionRule rule() {
        return new AdmissionRule(rules.screening().admissionThreshold(), rules.screening().minReviews());
    }

    private List<Integer> criteriaSums(UUID projectId) {
        return Review.<Review>list("projectId", projectId).stream()
                .map(r -> r.innovation + r.feasibility + r.market + r.team).toList();
    }

    private Project lockForSchool(UUID id, String action) {
        Project project = lock(id);
        if (!access.represents(project.schoolId)) {
            throw ApiProblem.forbidden("Only the school's representatives, admin and secretariat " + action
                    + " a project");
        }
        return project;
    }

    private void end(Project project, String reason) {
        Instant now = Instant.now(clock);
        project.endReason = reason;
        project.endedAt = now;
        project.updatedAt = now;
    }

    private static void requireSchool(UUID schoolId) {
        Organisation school = Organisation.findById(schoolId);
        if (school == null || school.type != OrganisationType.SCHOOL) {
            throw ApiProblem.invalidField("schoolId", "no school " + schoolId + " is known (yet) to this service");
        }
    }

    private void apply(ProjectRequests.Submission submission, Project project) {
        project.title = submission.title().strip();
        project.sector = submission.sector().strip();
        project.pitch = submission.pitch().strip();
        project.needs = submission.needs() == null ? null : submission.needs().strip();
        LinkedHashSet<String> members = new LinkedHashSet<>();
        if (submission.members() != null) {
            submission.members().forEach(m -> members.add(m.strip()));
        }
        members.remove(project.teamLeadSubject);
        project.members.clear();
        project.members.addAll(members);
        project.updatedAt = Instant.now(clock);
    }

    private static Changes.Event event(Project project, String type, java.util.function.Supplier<?> data) {
        return Changes.Event.of(RESOURCE, project.id, type, data);
    }
}
