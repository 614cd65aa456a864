package org.helix.governance.committee;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.governance.audit.AuditTrail;
import org.helix.governance.organisation.OrganisationRegistry;
import org.helix.platform.messaging.outbox.Outbox;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Who sits on which committee: joining, leaving, and the questions other parts of governance ask about members. */
@ApplicationScoped
public class CommitteeMembers {

    public static final String RESOURCE = "Membership";

    @Inject
    Committees committees;

    @Inject
    OrganisationRegistry organisations;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public Membership join(UUID committeeId, MembershipRequests.Join request) {
        Committee committee = committees.get(committeeId);
        // serialises joins to one committee, so the one-chair and member-once rules hold under concurrency
        entityManager.lock(committee, LockModeType.PESSIMISTIC_WRITE);
        organisations.get(request.organisationId());
        if (currentMembership(committeeId, request.organisationId()).isPresent()) {
            throw ApiProblem.conflict("already-member", "Already a member",
                    "Organisation " + request.organisationId() + " is already a member of this committee");
        }
        if (request.position() == Position.CHAIR && Membership.count(
                "committeeId = ?1 and position = ?2 and until is null", committeeId, Position.CHAIR) > 0) {
            throw ApiProblem.conflict("chair-taken", "Chair taken",
                    "This committee already has a chair; end that membership first");
        }
        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.committeeId = committeeId;
        membership.organisationId = request.organisationId();
        membership.position = request.position();
        membership.duties = request.duties();
        membership.since = request.since() != null ? request.since() : LocalDate.now(clock);
        membership.createdAt = Instant.now(clock);
        membership.persist();
        outbox.record("Committee", committeeId, MembershipEvent.JOINED, MembershipEvent.of(membership));
        audit.record(RESOURCE, membership.id, "join", null, MembershipView.of(membership));
        return membership;
    }

    @Transactional
    public Membership end(UUID committeeId, UUID membershipId, MembershipRequests.End request) {
        Membership membership = Membership.findById(membershipId, LockModeType.PESSIMISTIC_WRITE);
        if (membership == null || !membership.committeeId.equals(committeeId)) {
            throw ApiProblem.notFound(RESOURCE, membershipId);
        }
        if (!membership.isCurrent()) {
            throw ApiProblem.conflict("membership-ended", "Membership already ended",
                    "This membership ended on " + membership.until);
        }
        LocalDate until = request != null && request.until() != null ? request.until() : LocalDate.now(clock);
        if (until.isBefore(membership.since)) {
            throw ApiProblem.invalidField("until", "cannot be before the membership began (" + membership.since + ")");
        }
        MembershipView before = MembershipView.of(membership);
        membership.until = until;
        outbox.record("Committee", committeeId, MembershipEvent.LEFT, MembershipEvent.of(membership));
        audit.record(RESOURCE, membership.id, "end", before, MembershipView.of(membership));
        return membership;
    }

    public Page<MembershipView> list(UUID committeeId, boolean currentOnly, PageRequest page) {
        committees.get(committeeId);
        Sort sort = Sort.ascending("since").and("id");
        PanacheQuery<Membership> query = currentOnly
                ? Membership.find("committeeId = ?1 and until is null", sort, committeeId)
                : Membership.find("committeeId", sort, committeeId);
        return Page.of(query, page, MembershipView::of);
    }

    public Optional<Membership> currentMembership(UUID committeeId, UUID organisationId) {
        return Membership.find("committeeId = ?1 and organisationId = ?2 and until is null", committeeId,
                organisationId).firstResultOptional();
    }

    public boolean isCurrentMember(UUID committeeId, UUID organisationId) {
        return organisationId != null && currentMembership(committeeId, organisationId).isPresent();
    }

    public long countCurrent(UUID committeeId) {
        return Membership.count("committeeId = ?1 and until is null", committeeId);
    }

    public List<Membership> current(UUID committeeId) {
        return Membership.list("committeeId = ?1 and until is null", committeeId);
    }
}
