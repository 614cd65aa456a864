package org.helix.governance.agreement;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.governance.access.Representatives;
import org.helix.governance.agreement.AgreementStatus.Transition;
import org.helix.platform.messaging.change.Changes;
import org.helix.governance.committee.Committee;
import org.helix.governance.organisation.Organisation;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.platform.web.scoping.Scope;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Drafts cooperation agreements, collects the parties' signatures, and activates and terminates them. Who may act:
 * the secretariat and admin, or a representative whose organisation is a party.
 */
@ApplicationScoped
public class Agreements {

    public static final String RESOURCE = "Agreement";
    /** "an organisation (parameter %s) is a party": the JPQL condition on the agreement id. */
    private static final String PARTY_CONDITION =
            "id in (select a.id from Agreement a join a.parties p where p.organisationId = :%s)";
    private static final Map<String, String> SORTABLE = Map.of("title", "title", "startDate", "startDate",
            "status", "status", "createdAt", "createdAt");

    @Inject
    Representatives representatives;

    @Inject
    Caller caller;

    @Inject
    OrganisationScope scope;

    @Inject
    Changes changes;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public Agreement draft(AgreementTerms terms) {
        requireMayNameParties(terms);
        check(terms);
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.status = AgreementStatus.DRAFT;
        apply(terms, agreement);
        agreement.createdAt = agreement.updatedAt;
        agreement.persist();
        changes.record(RESOURCE, agreement.id, "draft", null, () -> AgreementView.of(agreement));
        return agreement;
    }

    /** Replaces a draft's terms; every signature given so far is cleared, since it was given to other terms. */
    @Transactional
    public Agreement change(UUID id, AgreementTerms terms) {
        Agreement agreement = lockedForParty(id);
        requireMayNameParties(terms);
        agreement.status.after(Transition.EDIT);
        if (terms.version() == null) {
            throw ApiProblem.invalidField("version", "send the version you read");
        }
        if (terms.version() != agreement.version) {
            throw ApiProblem.staleVersion(RESOURCE, id);
        }
        check(terms);
        AgreementView before = AgreementView.of(agreement);
        apply(terms, agreement);
        changes.record(RESOURCE, id, "update", before, () -> AgreementView.of(agreement));
        return agreement;
    }

    /**
     * The caller signs for its own organisation, which must be a party; once (409). Admin and secretariat see every
     * agreement, so for them a non-party organisation is a 403; for anyone else the agreement is not there (404).
     */
    @Transactional
    public Agreement sign(UUID id) {
        Agreement agreement = visible(lock(id), id);
        UUID organisation = caller.requireOrganisation();
        AgreementParty party = agreement.party(organisation).orElseThrow(() -> ApiProblem.forbidden(
                "Your organisation " + organisation + " is not a party to this agreement"));
        agreement.status.after(Transition.SIGN);
        if (party.hasSigned()) {
            throw ApiProblem.conflict("already-signed", "Already signed",
                    "Organisation " + organisation + " signed this agreement at " + party.signedAt);
        }
        AgreementView before = AgreementView.of(agreement);
        Instant now = Instant.now(clock);
        party.signedAt = now;
        party.signedBy = caller.subject();
        agreement.updatedAt = now;
        boolean complete = agreement.signedByEveryParty();
        if (complete) {
            agreement.status = agreement.status.after(Transition.COMPLETE_SIGNATURES);
            agreement.signedAt = now;
        }
        AgreementView signed = complete
                ? changes.record(RESOURCE, id, "sign", before, () -> AgreementView.of(agreement),
                        Changes.Event.of(RESOURCE, id, AgreementEvent.SIGNED, () -> AgreementEvent.Signed.of(agreement)))
                : changes.record(RESOURCE, id, "sign", before, () -> AgreementView.of(agreement));
        if (complete && !agreement.startDate.isAfter(LocalDate.now(clock))) {
            activate(agreement, signed, false);
        }
        return agreement;
    }

    @Transactional
    public Agreement terminate(UUID id, String reason) {
        Agreement agreement = lockedForParty(id);
        AgreementStatus previous = agreement.status;
        AgreementStatus next = previous.after(Transition.TERMINATE);
        AgreementView before = AgreementView.of(agreement);
        Instant now = Instant.now(clock);
        agreement.status = next;
        agreement.terminatedAt = now;
        agreement.terminationReason = reason.strip();
        agreement.updatedAt = now;
        changes.record(RESOURCE, id, "terminate", before, () -> AgreementView.of(agreement),
                Changes.Event.of(RESOURCE, id, AgreementEvent.TERMINATED,
                        () -> AgreementEvent.Terminated.of(agreement, previous)));
        return agreement;
    }

    /** Signed agreements whose start date has come (by the clock), for the activation job. */
    @Transactional
    public List<UUID> dueForActivation(LocalDate today) {
        return entityManager.createQuery("select a.id from Agreement a where a.status = :status "
                        + "and a.startDate <= :today order by a.startDate, a.id", UUID.class)
                .setParameter("status", AgreementStatus.SIGNED)
                .setParameter("today", today)
                .getResultList();
    }

    /** Activates the agreement if it is still signed and due when locked. Its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean activateIfDue(UUID id) {
        Agreement agreement = Agreement.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (agreement == null || agreement.status != AgreementStatus.SIGNED
                || agreement.startDate.isAfter(LocalDate.now(clock))) {
            return false;
        }
        activate(agreement, AgreementView.of(agreement), true);
        return true;
    }

    /** The agreement, if the caller may see it: a party's representative, admin or secretariat; else a 404. */
    public Agreement get(UUID id) {
        return visible(Agreement.findById(id), id);
    }

    /** The agreements the caller may see, whatever the filters ask for (also {@code party}). */
    public Page<AgreementView> list(AgreementStatus status, UUID party, AgreementKind kind, UUID committeeId,
            PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("status = :status", "status", status)
                .and(PARTY_CONDITION.formatted("party"), "party", party)
                .and("kind = :kind", "kind", kind)
                .and("committeeId = :committee", "committee", committeeId)
                .and(scope.of(organisation -> Scope.where(PARTY_CONDITION.formatted("viewer"), "viewer", organisation)));
        Sort sort = page.toSort(SORTABLE, Sort.descending("createdAt")).and("id");
        PanacheQuery<Agreement> query = criteria.find((where, order, params) -> Agreement.find(where, order, params),
                sort);
        return Page.of(query, page, AgreementView::of);
    }

    private void activate(Agreement agreement, AgreementView before, boolean automatic) {
        Instant now = Instant.now(clock);
        agreement.status = agreement.status.after(Transition.ACTIVATE);
        agreement.activatedAt = now;
        agreement.updatedAt = now;
        changes.record(RESOURCE, agreement.id, "activate", before, () -> AgreementView.of(agreement),
                Changes.Event.of(RESOURCE, agreement.id, AgreementEvent.ACTIVATED,
                        () -> AgreementEvent.Activated.of(agreement, automatic)));
    }

    private Agreement lock(UUID id) {
        Agreement agreement = Agreement.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (agreement == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return agreement;
    }

    /** The agreement, locked, if the caller is the secretariat or admin or represents one of its parties. */
    private Agreement lockedForParty(UUID id) {
        Agreement agreement = visible(lock(id), id);
        if (!scope.seesEverything()) {
            representatives.requireRepresentative();
        }
        return agreement;
    }

    private Agreement visible(Agreement agreement, UUID id) {
        return OrganisationScope.visible(agreement,
                found -> scope.includes(found.parties.stream().map(party -> party.organisationId).toList()),
                RESOURCE, id);
    }

    /** A representative drafts only agreements its own organisation is (and stays) a party to. */
    private void requireMayNameParties(AgreementTerms terms) {
        if (representatives.seesEverything()) {
            return;
        }
        UUID organisation = representatives.requireRepresentative();
        if (terms.parties().stream().noneMatch(party -> organisation.equals(party.organisationId()))) {
            throw ApiProblem.forbidden("Representatives draft and edit only agreements their own organisation "
                    + organisation + " is a party to");
        }
    }

    private static void check(AgreementTerms terms) {
        if (terms.committeeId() != null && Committee.findById(terms.committeeId()) == null) {
            throw ApiProblem.invalidField("committeeId", "no committee " + terms.committeeId());
        }
        AgreementRules.check(terms, id -> Optional.ofNullable(Organisation.<Organisation>findById(id))
                .map(organisation -> organisation.type));
    }

    /** Sets the terms; the parties are replaced, which clears their signatures. */
    private void apply(AgreementTerms terms, Agreement agreement) {
        agreement.title = terms.title().strip();
        agreement.kind = terms.kind();
        agreement.committeeId = terms.committeeId();
        agreement.scope = terms.scope();
        agreement.startDate = terms.startDate();
        agreement.endDate = terms.endDate();
        agreement.parties.clear();
        for (AgreementTerms.Party partyTerms : terms.parties()) {
            AgreementParty party = new AgreementParty();
            party.organisationId = partyTerms.organisationId();
            party.riskShare = AgreementRules.exact(partyTerms.riskShare());
            party.benefitShare = AgreementRules.exact(partyTerms.benefitShare());
            party.contribution = partyTerms.contribution().strip();
            party.contributionAmount = AgreementRules.exact(partyTerms.contributionAmount());
            agreement.parties.add(party);
        }
        agreement.updatedAt = Instant.now(clock);
    }
}
