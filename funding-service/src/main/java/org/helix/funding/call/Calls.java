package org.helix.funding.call;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.funding.access.Callers;
import org.helix.funding.config.FundingRules;
import org.helix.funding.money.Money;
import org.helix.funding.organisation.Organisation;
import org.helix.funding.organisation.OrganisationType;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Opens, changes and closes funding calls. Calls are open to every signed-in caller (DESIGN.md "Who sees what");
 * only the funder's representatives and admin change them.
 */
@ApplicationScoped
public class Calls {

    public static final String RESOURCE = "Call";
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "closesOn", "closesOn",
            "title", "title", "budget", "budget");

    @Inject
    Callers callers;

    @Inject
    FundingRules rules;

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    @Transactional
    public CallView open(CallTerms terms) {
        if (!callers.isAdmin() && !callers.represents(terms.funderOrganisationId())) {
            throw ApiProblem.forbidden("Only the funder's representatives (and admin) open its calls");
        }
        Organisation funder = Organisation.findById(terms.funderOrganisationId());
        if (funder == null) {
            throw ApiProblem.invalidField("funderOrganisationId", "no organisation " + terms.funderOrganisationId()
                    + " is known (yet) to this service");
        }
        if (funder.type == OrganisationType.SCHOOL) {
            throw ApiProblem.invalidField("funderOrganisationId", "a funder is a GOVERNMENT, FINANCIAL_INSTITUTION, "
                    + "INDUSTRY_ASSOCIATION, SOCIAL_ORGANISATION or ENTERPRISE, not a SCHOOL");
        }
        if (terms.closesOn().isBefore(terms.opensOn())) {
            throw ApiProblem.invalidField("closesOn", "must not be before opensOn");
        }
        checkMaxAward(terms.maxAward(), terms.budget());
        boolean loan = terms.moneyKind() == MoneyKind.LOAN;
        if (loan && (terms.loanRatePercent() == null || terms.loanTermMonths() == null)) {
            throw ApiProblem.invalidField(terms.loanRatePercent() == null ? "loanRatePercent" : "loanTermMonths",
                    "a LOAN carries a rate and a term");
        }
        if (!loan && (terms.loanRatePercent() != null || terms.loanTermMonths() != null)) {
            throw ApiProblem.invalidField(terms.loanRatePercent() != null ? "loanRatePercent" : "loanTermMonths",
                    "only a LOAN carries a rate and a term");
        }
        FundingCall call = new FundingCall();
        call.id = UUID.randomUUID();
        call.funderOrganisationId = funder.id;
        call.funderType = funder.type;
        call.title = terms.title().strip();
        call.description = terms.description();
        call.budget = Money.of(terms.budget());
        call.currency = terms.currency();
        call.moneyKind = terms.moneyKind();
        call.loanRatePercent = loan ? terms.loanRatePercent().setScale(2, RoundingMode.UNNECESSARY) : null;
        call.loanTermMonths = loan ? terms.loanTermMonths() : null;
        call.targetKind = terms.targetKind();
        call.eligibleApplicantTypes = terms.eligibleApplicantTypes().stream().map(Enum::name).sorted()
                .toArray(String[]::new);
        call.opensOn = terms.opensOn();
        call.closesOn = terms.closesOn();
        call.maxAward = Money.of(terms.maxAward());
        BigDecimal threshold = terms.reviewThreshold() != null ? terms.reviewThreshold()
                : rules.reviews().defaultThreshold();
        call.reviewThreshold = threshold.setScale(2, RoundingMode.UNNECESSARY);
        call.status = CallStatus.OPEN;
        call.createdAt = Instant.now(clock);
        call.updatedAt = call.createdAt;
        call.persist();
        return changes.record(RESOURCE, call.id, "open", null, () -> view(call),
                Changes.Event.of(RESOURCE, call.id, CallEvent.OPENED, () -> CallEvent.Data.of(call, call.createdAt)));
    }

    @Transactional
    public CallView change(UUID id, CallTerms.Change change) {
        FundingCall call = lockedForFunder(id);
        call.status.after(CallStatus.Transition.EDIT);
        if (change.version() == null) {
            throw ApiProblem.invalidField("version", "send the version you read");
        }
        if (change.version() != call.version) {
            throw ApiProblem.staleVersion(RESOURCE, id);
        }
        if (change.closesOn().isBefore(call.opensOn)) {
            throw ApiProblem.invalidField("closesOn", "must not be before opensOn " + call.opensOn);
        }
        BigDecimal held = call.committed.add(call.released);
        if (change.budget().compareTo(held) < 0) {
            throw ApiProblem.invalidField("budget", "must be at least what awards hold and were paid (" + held + ")");
        }
        checkMaxAward(change.maxAward(), change.budget());
        CallView before = view(call);
        call.title = change.title().strip();
        call.description = change.description();
        call.budget = Money.of(change.budget());
        call.closesOn = change.closesOn();
        call.maxAward = Money.of(change.maxAward());
        call.updatedAt = Instant.now(clock);
        return changes.record(RESOURCE, id, "update", before, () -> view(call));
    }

    @Transactional
    public CallView close(UUID id) {
        FundingCall call = lockedForFunder(id);
        CallView before = view(call);
        call.status = call.status.after(CallStatus.Transition.CLOSE);
        call.closedAt = Instant.now(clock);
        call.updatedAt = call.closedAt;
        return changes.record(RESOURCE, id, "close", before, () -> view(call),
                Changes.Event.of(RESOURCE, id, CallEvent.CLOSED, () -> CallEvent.Data.of(call, call.closedAt)));
    }

    public CallView get(UUID id) {
        FundingCall call = FundingCall.findById(id);
        if (call == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return view(call);
    }

    /** Calls, any signed-in caller: filter by status, funder, target kind, kind of money, open now. */
    public Page<CallView> list(CallStatus status, UUID funder, TargetKind targetKind, MoneyKind moneyKind,
            Boolean openNow, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        Criteria criteria = Criteria.of()
                .and("status = :status", "status", status)
                .and("funderOrganisationId = :funder", "funder", funder)
                .and("targetKind = :targetKind", "targetKind", targetKind)
                .and("moneyKind = :moneyKind", "moneyKind", moneyKind)
                .and("status = :openStatus and opensOn <= :today and closesOn >= :today", "today",
                        Boolean.TRUE.equals(openNow) ? today : null);
        if (Boolean.TRUE.equals(openNow)) {
            criteria.parameters().and("openStatus", CallStatus.OPEN);
        }
        Sort sort = page.toSort(SORTABLE, Sort.descending("createdAt")).and("id");
        PanacheQuery<FundingCall> query = criteria.find((where, order, params) -> FundingCall.find(where, order,
                params), sort);
        Page<FundingCall> calls = Page.of(query, page, c -> c);
        Map<UUID, List<CallRecommendation>> notes = recommendations(calls.items().stream().map(c -> c.id).toList());
        return Page.of(calls.items().stream().map(c -> CallView.of(c, notes.getOrDefault(c.id, List.of()))).toList(),
                page, calls.total());
    }

    /** The call with its row locked, for a change of its money (awards, releases, cancellations). */
    public static FundingCall lock(UUID id) {
        FundingCall call = FundingCall.findById(id);
        if (call == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        // refresh, not find with a lock mode: a call already read in this transaction would keep its stale money
        FundingCall.getEntityManager().refresh(call, LockModeType.PESSIMISTIC_WRITE);
        return call;
    }

    public static CallView view(FundingCall call) {
        return CallView.of(call, recommendations(List.of(call.id)).getOrDefault(call.id, List.of()));
    }

    private static Map<UUID, List<CallRecommendation>> recommendations(Collection<UUID> calls) {
        if (calls.isEmpty()) {
            return Map.of();
        }
        List<CallRecommendation> found = CallRecommendation.list("key.callId in ?1 order by adoptedAt, key.resolutionId",
                calls);
        return found.stream().collect(Collectors.groupingBy(r -> r.key.callId()));
    }

    private FundingCall lockedForFunder(UUID id) {
        FundingCall call = lock(id);
        if (!callers.isAdmin() && !callers.represents(call.funderOrganisationId)) {
            throw ApiProblem.forbidden("Only the funder's representatives (and admin) change its calls");
        }
        return call;
    }

    private static void checkMaxAward(BigDecimal maxAward, BigDecimal budget) {
        if (maxAward.compareTo(budget) > 0) {
            throw ApiProblem.invalidField("maxAward", "must not exceed the budget " + budget);
        }
    }
}
