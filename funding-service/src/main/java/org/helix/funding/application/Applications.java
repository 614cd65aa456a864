package org.helix.funding.application;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.helix.funding.access.Callers;
import org.helix.funding.call.CallStatus;
import org.helix.funding.call.FundingCall;
import org.helix.funding.call.TargetKind;
import org.helix.funding.config.FundingRules;
import org.helix.funding.money.Money;
import org.helix.funding.organisation.Organisation;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.platform.web.scoping.Scope;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applications and their reviews. Who sees one (DESIGN.md): the applicant's and the funder's representatives, the
 * assigned reviewers and admin; to anyone else it does not exist (404, never in a list).
 */
@ApplicationScoped
public class Applications {

    public static final String RESOURCE = "Application";
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "status", "status",
            "requestedAmount", "requestedAmount", "title", "title");

    @Inject
    Callers callers;

    @Inject
    ApplicationTargets targets;

    @Inject
    FundingRules rules;

    @Inject
    Changes changes;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public ApplicationView submit(ApplicationForms.Submission form) {
        UUID applicant = callers.requireRepresentative("applies, for that organisation");
        FundingCall call = FundingCall.findById(form.callId());
        if (call == null) {
            throw ApiProblem.invalidField("callId", "no call " + form.callId());
        }
        if (call.status != CallStatus.OPEN) {
            throw ApiProblem.invalidField("callId", "the call is " + call.status);
        }
        LocalDate today = LocalDate.now(clock);
        if (!call.isWithinWindow(today)) {
            throw ApiProblem.invalidField("callId", "the call takes applications from " + call.opensOn + " to "
                    + call.closesOn + ", not on " + today);
        }
        Organisation organisation = Organisation.findById(applicant);
        if (organisation == null || !call.admits(organisation.type)) {
            throw ApiProblem.invalidField("callId", "the call admits applicants of type "
                    + String.join(", ", call.eligibleApplicantTypes) + ", not "
                    + (organisation == null ? "an organisation unknown to this service" : organisation.type));
        }
        targets.check(call.targetKind, form.targetId(), applicant);
        if (form.requestedAmount().compareTo(call.maxAward) > 0) {
            throw ApiProblem.invalidField("requestedAmount", "must not exceed the call's largest award "
                    + call.maxAward);
        }
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.callId = call.id;
        application.funderOrganisationId = call.funderOrganisationId;
        application.applicantOrganisationId = applicant;
        application.targetKind = call.targetKind;
        application.targetId = form.targetId();
        application.title = form.title().strip();
        application.summary = form.summary().strip();
        application.requestedAmount = Money.of(form.requestedAmount());
        application.status = ApplicationStatus.SUBMITTED;
        application.submittedBy = callers.subject();
        application.createdAt = Instant.now(clock);
        application.updatedAt = application.createdAt;
        if (Application.count("callId = ?1 and targetId = ?2 and status in ?3", call.id, form.targetId(),
                Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.AWARDED)) > 0) {
            throw duplicate(form);
        }
        application.persist();
        try {
            return changes.record(RESOURCE, application.id, "submit", null, () -> view(application));
        } catch (PersistenceException e) {
            // the unique index on live applications per call and target: a parallel submission won
            throw duplicate(form);
        }
    }

    @Transactional
    public ApplicationView withdraw(UUID id, String reason) {
        Application application = visible(lock(id), id);
        if (!callers.represents(application.applicantOrganisationId)) {
            throw ApiProblem.forbidden("Only the applicant's representatives withdraw an application");
        }
        return decide(application, ApplicationStatus.Transition.WITHDRAW, reason, "withdraw");
    }

    @Transactional
    public ApplicationView decline(UUID id, String reason) {
        Application application = lockedForFunder(id);
        return decide(application, ApplicationStatus.Transition.DECLINE, reason, "decline");
    }

    @Transactional
    public ApplicationView assignReviewer(UUID id, ApplicationForms.ReviewerAssignment assignment) {
        Application application = lockedForFunder(id);
        ApplicationStatus next = application.status.after(ApplicationStatus.Transition.ASSIGN_REVIEWER);
        if (assignment.reviewerOrganisationId().equals(application.applicantOrganisationId)) {
            throw new ApiProblem(422, "conflict-of-interest", "Conflict of interest", "reviewerOrganisationId: a "
                    + "person of the applicant's organisation may not review its application",
                    List.of(new org.helix.platform.web.problem.Problem.FieldError("reviewerOrganisationId",
                            "is the applicant's organisation")));
        }
        if (Organisation.findById(assignment.reviewerOrganisationId()) == null) {
            throw ApiProblem.invalidField("reviewerOrganisationId", "no organisation "
                    + assignment.reviewerOrganisationId());
        }
        String subject = assignment.reviewerSubject().strip();
        if (AssignedReviewer.findById(new AssignedReviewer.Key(id, subject)) != null) {
            throw ApiProblem.conflict("reviewer-already-assigned", "Reviewer already assigned",
                    subject + " is already assigned to application " + id);
        }
        if (AssignedReviewer.count("key.applicationId", id) >= rules.reviews().maxReviewers()) {
            throw ApiProblem.conflict("too-many-reviewers", "Too many reviewers", "an application has at most "
                    + rules.reviews().maxReviewers() + " reviewers");
        }
        ApplicationView before = view(application);
        AssignedReviewer reviewer = new AssignedReviewer();
        reviewer.key = new AssignedReviewer.Key(id, subject);
        reviewer.reviewerOrganisationId = assignment.reviewerOrganisationId();
        reviewer.assignedAt = Instant.now(clock);
        reviewer.assignedBy = callers.subject();
        reviewer.persist();
        application.status = next;
        application.updatedAt = reviewer.assignedAt;
        return changes.record(RESOURCE, id, "assign-reviewer", before, () -> view(application));
    }

    /** The caller's review, if the caller is an assigned reviewer without a conflict of interest. */
    @Transactional
    public ReviewView review(UUID id, ApplicationForms.ReviewForm form) {
        Application application = visible(lock(id), id);
        AssignedReviewer assigned = AssignedReviewer.findById(new AssignedReviewer.Key(id, callers.subject()));
        if (assigned == null) {
            throw ApiProblem.forbidden("Only the reviewers assigned to the application review it");
        }
        application.status.after(ApplicationStatus.Transition.REVIEW);
        if (form.conflictOfInterest()
                || callers.organisation().map(application.applicantOrganisationId::equals).orElse(false)) {
            throw new ApiProblem(422, "conflict-of-interest", "Conflict of interest", "conflictOfInterest: a "
                    + "reviewer with a conflict of interest (or of the applicant's organisation) may not review",
                    List.of(new org.helix.platform.web.problem.Problem.FieldError("conflictOfInterest",
                            "a conflict of interest refuses the review")));
        }
        if (Review.count("applicationId = ?1 and reviewerSubject = ?2", id, callers.subject()) > 0) {
            throw ApiProblem.conflict("already-reviewed", "Already reviewed", "You reviewed application " + id
                    + " already");
        }
        ApplicationView before = view(application);
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.applicationId = id;
        review.reviewerSubject = callers.subject();
        review.reviewerOrganisationId = callers.organisation().orElse(assigned.reviewerOrganisationId);
        review.relevance = form.relevance().shortValue();
        review.feasibility = form.feasibility().shortValue();
        review.impact = form.impact().shortValue();
        review.valueForMoney = form.valueForMoney().shortValue();
        review.comment = form.comment();
        review.noConflictDeclared = true;
        review.submittedAt = Instant.now(clock);
        review.persist();
        // a change of the application, so its version goes up with each review
        application.updatedAt = review.submittedAt;
        changes.record(RESOURCE, id, "review", before, () -> view(application));
        return ReviewView.of(review);
    }

    public ApplicationView get(UUID id) {
        return view(visible(Application.findById(id), id));
    }

    public List<ReviewView> reviews(UUID id) {
        visible(Application.findById(id), id);
        return Review.<Review>list("applicationId = ?1 order by submittedAt, id", id).stream().map(ReviewView::of)
                .toList();
    }

    public Page<ApplicationView> list(UUID call, ApplicationStatus status, TargetKind targetKind, UUID target,
            UUID applicant, PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("callId = :call", "call", call)
                .and("status = :status", "status", status)
                .and("targetKind = :targetKind", "targetKind", targetKind)
                .and("targetId = :target", "target", target)
                .and("applicantOrganisationId = :applicant", "applicant", applicant)
                .and(visibleToCaller());
        Sort sort = page.toSort(SORTABLE, Sort.descending("createdAt")).and("id");
        PanacheQuery<Application> query = criteria.find((where, order, params) -> Application.find(where, order,
                params), sort);
        Page<Application> found = Page.of(query, page, a -> a);
        List<UUID> ids = found.items().stream().map(a -> a.id).toList();
        Map<UUID, List<ApplicationView.Reviewer>> reviewers = reviewers(ids);
        Map<UUID, ReviewSummary> summaries = summaries(ids);
        return Page.of(found.items().stream().map(a -> ApplicationView.of(a, reviewers.getOrDefault(a.id, List.of()),
                summaries.getOrDefault(a.id, ReviewSummary.NONE))).toList(), page, found.total());
    }

    /** Whether the caller may see the application: its applicant's or funder's representatives, reviewers, admin. */
    public boolean maySee(Application application) {
        return callers.isAdmin()
                || callers.represents(List.of(application.applicantOrganisationId,
                        application.funderOrganisationId))
                || AssignedReviewer.findById(new AssignedReviewer.Key(application.id, callers.subject())) != null;
    }

    public boolean isFunder(Application application) {
        return callers.isAdmin() || callers.represents(application.funderOrganisationId);
    }

    /** The application locked for a change by the funder (its representatives or admin); 404 if the caller may not see it. */
    public Application lockedForFunder(UUID id) {
        Application application = visible(lock(id), id);
        if (!isFunder(application)) {
            throw ApiProblem.forbidden("Only the funder's representatives (and admin) do this");
        }
        return application;
    }

    public ApplicationView view(Application application) {
        UUID id = application.id;
        return ApplicationView.of(application, reviewers(List.of(id)).getOrDefault(id, List.of()),
                summaries(List.of(id)).getOrDefault(id, ReviewSummary.NONE));
    }

    public ReviewSummary summary(UUID applicationId) {
        return summaries(List.of(applicationId)).getOrDefault(applicationId, ReviewSummary.NONE);
    }

    private Scope visibleToCaller() {
        if (callers.isAdmin()) {
            return Scope.everything();
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        callers.representedOrganisation().ifPresent(org -> {
            conditions.add("applicantOrganisationId = :viewerOrganisation or funderOrganisationId = "
                    + ":viewerOrganisation");
            parameters.put("viewerOrganisation", org);
        });
        if (callers.subject() != null) {
            conditions.add("id in (select r.key.applicationId from AssignedReviewer r where r.key.reviewerSubject = "
                    + ":viewerSubject)");
            parameters.put("viewerSubject", callers.subject());
        }
        return conditions.isEmpty() ? Scope.nothing() : new Scope(String.join(" or ", conditions), parameters);
    }

    private ApplicationView decide(Application application, ApplicationStatus.Transition transition, String reason,
            String action) {
        ApplicationView before = view(application);
        application.status = application.status.after(transition);
        application.decisionReason = reason.strip();
        application.decidedAt = Instant.now(clock);
        application.updatedAt = application.decidedAt;
        return changes.record(RESOURCE, application.id, action, before, () -> view(application));
    }

    private Map<UUID, List<ApplicationView.Reviewer>> reviewers(Collection<UUID> applications) {
        if (applications.isEmpty()) {
            return Map.of();
        }
        Set<String> reviewed = Review.<Review>list("applicationId in ?1", applications).stream()
                .map(r -> r.applicationId + "/" + r.reviewerSubject).collect(Collectors.toSet());
        return AssignedReviewer.<AssignedReviewer>list("key.applicationId in ?1 order by assignedAt, "
                        + "key.reviewerSubject", applications).stream()
                .collect(Collectors.groupingBy(r -> r.key.applicationId(), Collectors.mapping(r ->
                        new ApplicationView.Reviewer(r.key.reviewerSubject(), r.reviewerOrganisationId,
                                r.assignedAt, reviewed.contains(r.key.applicationId() + "/"
                                        + r.key.reviewerSubject())), Collectors.toList())));
    }

    private Map<UUID, ReviewSummary> summaries(Collection<UUID> applications) {
        if (applications.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager.createQuery("select r.applicationId, count(r), sum(r.relevance + "
                        + "r.feasibility + r.impact + r.valueForMoney) from Review r where r.applicationId in "
                        + ":ids group by r.applicationId", Object[].class)
                .setParameter("ids", applications).getResultList();
        Map<UUID, ReviewSummary> summaries = new HashMap<>();
        for (Object[] row : rows) {
            summaries.put((UUID) row[0], ReviewSummary.of(((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue()));
        }
        return summaries;
    }

    private static Application lock(UUID id) {
        Application application = Application.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return application;
    }

    private Application visible(Application application, UUID id) {
        return OrganisationScope.visible(application, this::maySee, RESOURCE, id);
    }

    private static ApiProblem duplicate(ApplicationForms.Submission form) {
        return ApiProblem.conflict("duplicate-application", "Duplicate application", "Target " + form.targetId()
                + " already has a live application to call " + form.callId());
    }
}
