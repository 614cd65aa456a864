package org.helix.funding.ledger;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.funding.access.Callers;
import org.helix.funding.money.Allocation;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Risk/benefit ledgers: opened from governance's AgreementSigned, entries posted by the parties, settled and closed
 * by AgreementTerminated. Who sees one (DESIGN.md): the parties' representatives, admin and secretariat.
 */
@ApplicationScoped
public class Ledgers {

    public static final String RESOURCE = "Ledger";
    private static final Map<String, String> SORTABLE = Map.of("openedAt", "openedAt", "title", "title");
    private static final Map<String, String> ENTRY_SORTABLE = Map.of("postedAt", "postedAt",
            "occurredOn", "occurredOn", "amount", "amount");

    @Inject
    Callers callers;

    @Inject
    Changes changes;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Opens the ledger of a signed agreement (called by the consumer, in the inbox's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(Ledger ledger) {
        ledger.persist();
        changes.record(RESOURCE, ledger.id, "open", null, () -> statement(ledger),
                Changes.Event.of(RESOURCE, ledger.id, LedgerEvent.OPENED, () -> LedgerEvent.Opened.of(ledger)));
    }

    /** Settles and closes the agreement's ledger: each party's final balance is kept (called by the consumer). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settle(UUID agreementId, String reason) {
        Ledger ledger = Ledger.find("agreementId", agreementId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
        if (ledger == null || ledger.status == LedgerStatus.CLOSED) {
            return;
        }
        LedgerView before = statement(ledger);
        ledger.status = ledger.status.after(LedgerStatus.Transition.SETTLE);
        ledger.settledAt = Instant.now(clock);
        ledger.settleReason = reason;
        for (int i = 0; i < ledger.parties.size(); i++) {
            ledger.parties.get(i).finalBalance = before.parties().get(i).balance();
        }
        changes.record(RESOURCE, ledger.id, "settle", before, () -> statement(ledger),
                Changes.Event.of(RESOURCE, ledger.id, LedgerEvent.SETTLED, () -> LedgerEvent.Settled.of(ledger,
                        statement(ledger))));
    }

    @Transactional
    public EntryView post(UUID ledgerId, EntryForm form) {
        Ledger ledger = visible(lock(ledgerId), ledgerId);
        ledger.status.after(LedgerStatus.Transition.POST);
        List<BigDecimal> shares;
        BigDecimal amount = Money.of(form.amount());
        LedgerEntry entry = new LedgerEntry();
        if (form.kind() == EntryKind.CONTRIBUTION) {
            if (form.contributionKind() == null) {
                throw ApiProblem.invalidField("contributionKind", "a CONTRIBUTION says what was contributed");
            }
            if (form.organisationId() == null || !ledger.partyOrganisationIds().contains(form.organisationId())) {
                throw ApiProblem.invalidField("organisationId", "a CONTRIBUTION names a party of the agreement");
            }
            if (!callers.isAdminOrSecretariat() && !callers.represents(form.organisationId())) {
                throw ApiProblem.forbidden("A party's representatives post its own contributions");
            }
            shares = ledger.parties.stream().map(p -> p.organisationId.equals(form.organisationId())
                    ? new BigDecimal("100.00") : Money.ZERO).toList();
        } else {
            if (form.contributionKind() != null) {
                throw ApiProblem.invalidField("contributionKind", "only a CONTRIBUTION has one");
            }
            if (form.organisationId() != null) {
                throw ApiProblem.invalidField("organisationId", "a " + form.kind() + " is allocated by the shares, "
                        + "not to one party");
            }
            shares = ledger.parties.stream().map(p -> form.kind() == EntryKind.LOSS ? p.riskShare
                    : p.benefitShare).toList();
        }
        LedgerView before = statement(ledger);
        List<BigDecimal> parts = Allocation.byShares(amount, shares);
        entry.id = UUID.randomUUID();
        entry.ledgerId = ledger.id;
        entry.kind = form.kind();
        entry.contributionKind = form.contributionKind();
        entry.organisationId = form.organisationId();
        entry.amount = amount;
        entry.description = form.description().strip();
        entry.occurredOn = form.occurredOn();
        entry.postedAt = Instant.now(clock);
        entry.postedBy = callers.subject();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).signum() == 0 && form.kind() == EntryKind.CONTRIBUTION) {
                continue;
            }
            LedgerEntry.Part part = new LedgerEntry.Part();
            part.organisationId = ledger.parties.get(i).organisationId;
            part.amount = parts.get(i);
            entry.allocations.add(part);
        }
        entry.persist();
        // posting is a change of the ledger: its version goes up, its statement changes
        entityManager.lock(ledger, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        changes.record(RESOURCE, ledger.id, "post-" + entry.kind.name().toLowerCase(), before,
                () -> statement(ledger),
                Changes.Event.of(RESOURCE, ledger.id, LedgerEvent.POSTED, () -> LedgerEvent.Posted.of(ledger, entry)));
        return EntryView.of(entry);
    }

    public LedgerView get(UUID id) {
        return statement(visible(Ledger.findById(id), id));
    }

    public LedgerView ofAgreement(UUID agreementId) {
        Ledger ledger = Ledger.find("agreementId", agreementId).firstResult();
        return statement(visible(ledger, agreementId));
    }

    public Page<EntryView> entries(UUID id, EntryKind kind, UUID organisation, PageRequest page) {
        visible(Ledger.findById(id), id);
        Criteria criteria = Criteria.of()
                .and("ledgerId = :ledger", "ledger", id)
                .and("kind = :kind", "kind", kind)
                .and("organisationId = :organisation", "organisation", organisation);
        Sort sort = page.toSort(ENTRY_SORTABLE, Sort.ascending("postedAt")).and("id");
        PanacheQuery<LedgerEntry> query = criteria.find((where, order, params) -> LedgerEntry.find(where, order,
                params), sort);
        return Page.of(query, page, EntryView::of);
    }

    public Page<LedgerView> list(LedgerStatus status, UUID party, PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("status = :status", "status", status)
                .and("id in (select l.id from Ledger l join l.parties p where p.organisationId = :party)", "party",
                        party)
                .and(visibleToCaller());
        Sort sort = page.toSort(SORTABLE, Sort.descending("openedAt")).and("id");
        PanacheQuery<Ledger> query = criteria.find((where, order, params) -> Ledger.find(where, order, params),
                sort);
        Page<Ledger> found = Page.of(query, page, l -> l);
        Map<UUID, Map<UUID, Map<EntryKind, BigDecimal>>> sums = sums(found.items().stream().map(l -> l.id).toList());
        return Page.of(found.items().stream().map(l -> statement(l, sums.getOrDefault(l.id, Map.of()))).toList(),
                page, found.total());
    }

    public boolean maySee(Ledger ledger) {
        return callers.isAdminOrSecretariat() || callers.represents(ledger.partyOrganisationIds());
    }

    public LedgerView statement(Ledger ledger) {
        return statement(ledger, sums(List.of(ledger.id)).getOrDefault(ledger.id, Map.of()));
    }

    private static LedgerView statement(Ledger ledger, Map<UUID, Map<EntryKind, BigDecimal>> sums) {
        List<LedgerView.PartyStatement> parties = new ArrayList<>();
        BigDecimal contributed = Money.ZERO;
        BigDecimal losses = Money.ZERO;
        BigDecimal benefits = Money.ZERO;
        for (LedgerParty party : ledger.parties) {
            Map<EntryKind, BigDecimal> of = sums.getOrDefault(party.organisationId, Map.of());
            BigDecimal c = of.getOrDefault(EntryKind.CONTRIBUTION, Money.ZERO);
            BigDecimal l = of.getOrDefault(EntryKind.LOSS, Money.ZERO);
            BigDecimal b = of.getOrDefault(EntryKind.BENEFIT, Money.ZERO);
            parties.add(new LedgerView.PartyStatement(party.organisationId, party.riskShare, party.benefitShare,
                    party.pledged, party.pledgedAmount, c, l, b, c.add(b).subtract(l), party.finalBalance));
            contributed = contributed.add(c);
            losses = losses.add(l);
            benefits = benefits.add(b);
        }
        return new LedgerView(ledger.id, ledger.agreementId, ledger.title, ledger.agreementKind, ledger.currency,
                ledger.status, parties, new LedgerView.Totals(contributed, losses, benefits,
                        contributed.add(benefits).subtract(losses)), ledger.openedAt, ledger.settledAt,
                ledger.settleReason, ledger.version);
    }

    /** Per ledger, per party, per kind: the sum of what was allocated to it, in one query. */
    private Map<UUID, Map<UUID, Map<EntryKind, BigDecimal>>> sums(List<UUID> ledgers) {
        Map<UUID, Map<UUID, Map<EntryKind, BigDecimal>>> sums = new HashMap<>();
        if (ledgers.isEmpty()) {
            return sums;
        }
        List<Object[]> rows = entityManager.createQuery("select e.ledgerId, a.organisationId, e.kind, sum(a.amount) "
                        + "from LedgerEntry e join e.allocations a where e.ledgerId in :ledgers "
                        + "group by e.ledgerId, a.organisationId, e.kind", Object[].class)
                .setParameter("ledgers", ledgers).getResultList();
        for (Object[] row : rows) {
            sums.computeIfAbsent((UUID) row[0], k -> new HashMap<>())
                    .computeIfAbsent((UUID) row[1], k -> new HashMap<>())
                    .put((EntryKind) row[2], Money.of((BigDecimal) row[3]));
        }
        return sums;
    }

    private Scope visibleToCaller() {
        if (callers.isAdminOrSecretariat()) {
            return Scope.everything();
        }
        return callers.representedOrganisation().map(org -> Scope.where("id in (select l.id from Ledger l join "
                + "l.parties p where p.organisationId = :viewer)", "viewer", org)).orElse(Scope.nothing());
    }

    private static Ledger lock(UUID id) {
        Ledger ledger = Ledger.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (ledger == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return ledger;
    }

    private Ledger visible(Ledger ledger, Object id) {
        return OrganisationScope.visible(ledger, this::maySee, RESOURCE, id);
    }
}
