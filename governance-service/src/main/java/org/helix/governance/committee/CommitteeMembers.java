package org.helix.governance.committee;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.platform.messaging.change.Changes;
import org.helix.governance.organisation.OrganisationRegistry;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who sits on which committee: joining, leaving, and the questions other parts of governance ask about members. A
 * membership is current from its start until its {@code until} date (exclusive), so one ended with a future date
 * stays current until that day comes.
 */
@ApplicationScoped
public class CommitteeMembers {

    public static final String RESOURCE = "Membership";
    /** The JPQL condition for "current on :today". */
    private static final String CURRENT = "(until is null or until > :today)";

    @Inject
    Committees committees;

    @Inject
    OrganisationRegistry organisations;

    @Inject
    Changes changes;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public MembershipView join(UUID committeeId, MembershipRequests.Join request) {
        Committee committee = committees.get(committeeId);
        // serialises joins to one committee, so the one-chair and member-once rules hold under concurrency
        entityManager.lock(committee, LockModeType.PESSIMISTIC_WRITE);
        organisations.get(request.organisationId());
        if (currentMembership(committeeId, request.organisationId()).isPresent()) {
            throw ApiProblem.conflict("already-member", "Already a member",
                    "Organisation " + request.organisationId() + " is already a member of this committee");
        }
        if (request.position() == Position.CHAIR && Membership.count("committeeId = :committee and position = :chair and "
                + CURRENT, Parameters.with("committee", committeeId)
                .and("chair", Position.CHAIR).and("today", today())) > 0) {
            throw ApiProblem.conflict("chair-taken", "Chair taken",
                    "This committee already has a chair; end that membership first");
        }
        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.committeeId = committeeId;
        membership.organisationId = request.organisationId();
        membership.position = request.position();
        membership.duties = request.duties();
        membership.since = request.since() != null ? request.since() : today();
        membership.createdAt = Instant.now(clock);
        membership.persist();
        return changes.record(RESOURCE, membership.id, "join", null, () -> view(membership),
                Changes.Event.of(Committees.RESOURCE, committeeId, MembershipEvent.JOINED,
                        () -> MembershipEvent.of(membership)));
    }

    @Transactional
    public MembershipView end(UUID committeeId, UUID membershipId, MembershipRequests.End request) {
        Membership membership = Membership.findById(membershipId, LockModeType.PESSIMISTIC_WRITE);
        if (membership == null || !membership.committeeId.equals(committeeId)) {
            throw ApiProblem.notFound(RESOURCE, membershipId);
        }
        if (membership.until != null) {
            throw ApiProblem.conflict("membership-ended", "Membership already ended",
                    "This membership ends (or ended) on " + membership.until);
        }
        LocalDate until = request != null && request.until() != null ? request.until() : today();
        if (until.isBefore(membership.since)) {
            throw ApiProblem.invalidField("until", "cannot be before the membership began (" + membership.since + ")");
        }
        MembershipView before = view(membership);
        membership.until = until;
        return changes.record(RESOURCE, membership.id, "end", before, () -> view(membership),
                Changes.Event.of(Committees.RESOURCE, committeeId, MembershipEvent.LEFT,
                        () -> MembershipEvent.of(membership)));
    }

    public Page<MembershipView> list(UUID committeeId, boolean currentOnly, PageRequest page) {
        committees.get(committeeId);
        Sort sort = Sort.ascending("since").and("id");
        PanacheQuery<Membership> query = currentOnly
                ? Membership.find("committeeId = :committee and " + CURRENT, sort,
                        Parameters.with("committee", committeeId).and("today", today()))
                : Membership.find("committeeId", sort, committeeId);
        return Page.of(query, page, this::view);
    }

    public Optional<Membership> currentMembership(UUID committeeId, UUID organisationId) {
        return Membership.find("committeeId = :committee and organisationId = :organisation and " + CURRENT,
                Parameters.with("committee", committeeId)
                        .and("organisation", organisationId).and("today", today())).firstResultOptional();
    }

    public boolean isCurrentMember(UUID committeeId, UUID organisationId) {
        return organisationId != null && currentMembership(committeeId, organisationId).isPresent();
    }

    public long countCurrent(UUID committeeId) {
        return Membership.count("committeeId = :committee and " + CURRENT,
                Parameters.with("committee", committeeId).and("today", today()));
    }

    public List<Membership> current(UUID committeeId) {
        return Membership.list("committeeId = :committee and " + CURRENT,
                Parameters.with("committee", committeeId).and("today", today()));
    }

    /** The JPQL condition "the caller's organisation is a current member of the committee {@code committeeExpr}". */
    public static String currentMemberCondition(String committeeExpr, String organisationParameter,
            String todayParameter) {
        return "exists (select 1 from Membership m where m.committeeId = " + committeeExpr
                + " and m.organisationId = :" + organisationParameter + " and (m.until is null or m.until > :"
                + todayParameter + "))";
    }

    private MembershipView view(Membership membership) {
        return MembershipView.of(membership, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
