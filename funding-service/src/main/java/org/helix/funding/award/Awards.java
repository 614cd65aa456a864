package org.helix.funding.award;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.funding.access.Callers;
import org.helix.funding.application.Application;
import org.helix.funding.application.ApplicationStatus;
import org.helix.funding.application.Applications;
import org.helix.funding.application.ReviewSummary;
import org.helix.funding.call.Calls;
import org.helix.funding.call.FundingCall;
import org.helix.funding.call.TargetKind;
import org.helix.funding.config.FundingRules;
import org.helix.funding.money.Money;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.platform.web.scoping.Scope;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Grants awards and suspends or resumes them. Granting commits the amount against the call with the call's row
 * locked ({@code select … for update}): parallel awards on one call are decided one after the other, so exactly
 * those that fit the remaining budget succeed and the others get 409 budget-exceeded. Who sees an award: the
 * applicant's and the funder's representatives and admin.
 */
@ApplicationScoped
public class Awards {

    public static final String RESOURCE = "Award";
    private static final Map<String, String> SORTABLE = Map.of("grantedAt", "grantedAt", "amount", "amount");

    @Inject
    Applications applications;

    @Inject
    Callers callers;

    @Inject
    FundingRules rules;

    @Inject
    Changes changes;

    @Inject
    TranchePayout payout;

    @Inject
    Clock clock;

    @Transactional
    public AwardView grant(UUID applicationId, AwardForm form) {
        // the application first, then the call: every award takes the locks in this order
        Application application = applications.lockedForFunder(applicationId);
        ApplicationStatus awarded = application.status.after(ApplicationStatus.Transition.AWARD);
        FundingCall call = FundingCall.findById(application.callId);
        ReviewSummary reviews = applications.summary(applicationId);
        int minReviews = rules.reviews().minReviews();
        if (reviews.count() < minReviews || !reviews.meanAtLeast(call.reviewThreshold)) {
            throw new ApiProblem(422, "review-threshold-not-met", "Review threshold not met", "reviews: an award "
                    + "needs at least " + minReviews + " reviews with a mean score of at least "
                    + call.reviewThreshold + "; this application has " + reviews.count()
                    + (reviews.mean() == null ? "" : " with a mean of " + reviews.mean()),
                    List.of(new org.helix.platform.web.problem.Problem.FieldError("reviews",
                            "fewer reviews or a lower mean score than the call needs")));
        }
        BigDecimal amount = Money.of(form.amount());
        if (amount.compareTo(call.maxAward) > 0) {
            throw ApiProblem.invalidField("amount", "must not exceed the call's largest award " + call.maxAward);
        }
        BigDecimal planned = form.tranches().stream().map(AwardForm.TranchePlan::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (planned.compareTo(amount) != 0) {
            throw ApiProblem.invalidField("tranches", "the tranches sum to " + Money.of(planned)
                    + ", not to the award's " + amount);
        }
        call = Calls.lock(application.callId);
        if (call.remaining().compareTo(amount) < 0) {
            throw ApiProblem.conflict("budget-exceeded", "Budget exceeded", "The call's remaining budget is "
                    + call.remaining() + " " + call.currency + "; an award of " + amount + " does not fit");
        }
        Instant now = Instant.now(clock);
        Award award = new Award();
        award.id = UUID.randomUUID();
        award.applicationId = application.id;
        award.callId = call.id;
        award.funderOrganisationId = call.funderOrganisationId;
        award.applicantOrganisationId = application.applicantOrganisationId;
        award.targetKind = application.targetKind;
        award.targetId = application.targetId;
        award.amount = amount;
        award.currency = call.currency;
        award.status = AwardStatus.ACTIVE;
        award.grantedAt = now;
        award.grantedBy = callers.subject();
        award.updatedAt = now;
        int sequence = 1;
        for (AwardForm.TranchePlan plan : form.tranches()) {
            Tranche tranche = new Tranche();
            tranche.id = UUID.randomUUID();
            tranche.awardId = award.id;
            tranche.sequence = sequence++;
            tranche.amount = Money.of(plan.amount());
            tranche.milestoneTitle = plan.milestoneTitle().strip();
            tranche.dueDate = plan.dueDate();
            tranche.status = TrancheStatus.PENDING;
            award.tranches.add(tranche);
        }
        award.persist();
        Object applicationBefore = applications.view(application);
        application.status = awarded;
        application.decidedAt = now;
        application.updatedAt = now;
        Object callBefore = Calls.view(call);
        call.commit(amount);
        call.updatedAt = now;
        FundingCall committed = call;
        changes.record(Applications.RESOURCE, application.id, "award", applicationBefore,
                () -> applications.view(application));
        changes.record(Calls.RESOURCE, call.id, "commit", callBefore, () -> Calls.view(committed));
        return changes.record(RESOURCE, award.id, "grant", null, () -> view(award),
                org.helix.platform.messaging.change.Changes.Event.of(RESOURCE, award.id, AwardEvent.GRANTED,
                        () -> AwardEvent.Granted.of(award)));
    }

    /**
     * The funder's release of a tranche of a SCHOOL, APPOINTMENT or AGREEMENT award on the evidence noted: after the
     * checks AWARD_NOT_SUSPENDED, NOT_RELEASED_BEFORE and EARLIER_TRANCHES_SETTLED (each failing one named in a 409),
     * with the call's and the award's rows locked, so two releases of one tranche pay it once. A PROJECT award's
     * tranches are released only by incubation's verified milestones (422).
     */
    @Transactional
    public AwardView releaseByEvidence(UUID id, int sequence, String evidence) {
        Award found = visible(Award.findById(id), id);
        if (!callers.isAdmin() && !callers.represents(found.funderOrganisationId)) {
            throw ApiProblem.forbidden("Only the funder's representatives (and admin) release a tranche");
        }
        if (found.targetKind == TargetKind.PROJECT) {
            throw new ApiProblem(422, "released-by-milestone-only", "Released by a verified milestone only",
                    "targetKind: a PROJECT award's tranches are released only by incubation's verified milestones",
                    List.of(new org.helix.platform.web.problem.Problem.FieldError("targetKind",
                            "PROJECT: released only by a verified milestone")));
        }
        if (found.trancheAt(sequence) == null) {
            throw ApiProblem.notFound("Tranche", sequence + " of award " + id);
        }
        // the call first, then the award: the order every change of a call's money takes
        FundingCall call = Calls.lock(found.callId);
        Award award = found;
        Award.getEntityManager().refresh(award, LockModeType.PESSIMISTIC_WRITE);
        Tranche tranche = award.trancheAt(sequence);
        Map<ReleaseCheck, String> failures = new LinkedHashMap<>(TranchePayout.payable(award, tranche));
        List<String> earlier = award.tranches.stream()
                .filter(t -> t.sequence < sequence && t.status == TrancheStatus.PENDING)
                .map(t -> String.valueOf(t.sequence)).toList();
        if (!earlier.isEmpty()) {
            failures.put(ReleaseCheck.EARLIER_TRANCHES_SETTLED, "tranche(s) " + String.join(", ", earlier)
                    + " still PENDING: tranches are released in sequence");
        }
        if (!failures.isEmpty()) {
            throw ApiProblem.conflict("release-check-failed", "Release check failed", "Tranche " + sequence
                    + " of award " + id + " is not released: " + failures.entrySet().stream()
                    .map(f -> f.getKey() + " (" + f.getValue() + ")").collect(Collectors.joining("; ")));
        }
        return payout.pay(call, award, tranche, TranchePayout.Release.byEvidence(callers.subject(),
                evidence.strip()));
    }

    @Transactional
    public AwardView suspend(UUID id, String reason) {
        return move(id, AwardStatus.Transition.SUSPEND, "suspend", reason.strip());
    }

    @Transactional
    public AwardView resume(UUID id) {
        return move(id, AwardStatus.Transition.RESUME, "resume", null);
    }

    public AwardView get(UUID id) {
        return view(visible(Award.findById(id), id));
    }

    /** The release checks a milestone failed for this award, newest first (roles: whoever may see the award). */
    public List<FailedCheckView> failedChecks(UUID id) {
        visible(Award.findById(id), id);
        return ReleaseCheckFailure.<ReleaseCheckFailure>list("awardId = ?1 order by id desc", id).stream()
                .map(FailedCheckView::of).toList();
    }

    public Page<AwardView> list(UUID call, UUID target, TargetKind targetKind, AwardStatus status,
            PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("callId = :call", "call", call)
                .and("targetId = :target", "target", target)
                .and("targetKind = :targetKind", "targetKind", targetKind)
                .and("status = :status", "status", status)
                .and(visibleToCaller());
        Sort sort = page.toSort(SORTABLE, Sort.descending("grantedAt")).and("id");
        PanacheQuery<Award> query = criteria.find((where, order, params) -> Award.find(where, order, params), sort);
        Page<Award> found = Page.of(query, page, a -> a);
        Map<UUID, Disbursement> disbursements = disbursements(found.items().stream().map(a -> a.id).toList());
        return Page.of(found.items().stream().map(a -> AwardView.of(a, disbursements)).toList(), page,
                found.total());
    }

    public boolean maySee(Award award) {
        return callers.isAdmin() || callers.represents(List.of(award.applicantOrganisationId,
                award.funderOrganisationId));
    }

    public static AwardView view(Award award) {
        return AwardView.of(award, disbursements(List.of(award.id)));
    }

    private AwardView move(UUID id, AwardStatus.Transition transition, String action, String reason) {
        Award award = visible(Award.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
        if (!callers.isAdmin() && !callers.represents(award.funderOrganisationId)) {
            throw ApiProblem.forbidden("Only the funder's representatives (and admin) suspend or resume an award");
        }
        AwardView before = view(award);
        award.status = award.status.after(transition);
        award.suspendReason = reason;
        award.updatedAt = Instant.now(clock);
        return changes.record(RESOURCE, id, action, before, () -> view(award));
    }

    private Scope visibleToCaller() {
        if (callers.isAdmin()) {
            return Scope.everything();
        }
        return callers.representedOrganisation().map(org -> Scope.where("applicantOrganisationId = :viewer or "
                + "funderOrganisationId = :viewer", "viewer", org)).orElse(Scope.nothing());
    }

    private Award visible(Award award, UUID id) {
        return OrganisationScope.visible(award, this::maySee, RESOURCE, id);
    }

    private static Map<UUID, Disbursement> disbursements(Collection<UUID> awards) {
        if (awards.isEmpty()) {
            return Map.of();
        }
        return Disbursement.<Disbursement>list("awardId in ?1", awards).stream()
                .collect(Collectors.toMap(d -> d.trancheId, Function.identity()));
    }
}
