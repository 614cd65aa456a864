package org.helix.governance.committee;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.security.Caller;
import org.helix.platform.web.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates, changes and finds committees. */
@ApplicationScoped
public class Committees {

    public static final String RESOURCE = "Committee";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "tier", "tier",
            "industry", "industry", "createdAt", "createdAt");

    @Inject
    Changes changes;

    @Inject
    CommitteeMembers members;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Days a problem may wait at a committee that sets no deadline of its own. */
    @ConfigProperty(name = "helix.governance.problems.default-escalation-deadline-days", defaultValue = "30")
    int defaultEscalationDeadlineDays;

    @Transactional
    public Committee create(CommitteeDetails details) {
        requireMayCreate(details.tier());
        TierRules.check(details, details.parentId() == null ? null : Committee.findById(details.parentId()));
        Committee committee = new Committee();
        committee.id = UUID.randomUUID();
        committee.tier = details.tier();
        apply(details, committee);
        committee.createdAt = committee.updatedAt;
        committee.persist();
        changes.record(RESOURCE, committee.id, "create", null, () -> CommitteeView.of(committee),
                Changes.Event.of(RESOURCE, committee.id, CommitteeEvent.CREATED, () -> CommitteeEvent.of(committee)));
        return committee;
    }

    @Transactional
    public Committee change(UUID id, CommitteeDetails details) {
        Committee committee = get(id);
        requireMayChange(committee);
        if (details.version() == null) {
            throw ApiProblem.invalidField("version", "send the version you read");
        }
        if (details.version() != committee.version) {
            throw ApiProblem.staleVersion(RESOURCE, id);
        }
        if (details.tier() != committee.tier) {
            throw ApiProblem.invalidField("tier", "the tier of a committee cannot change");
        }
        TierRules.check(details, details.parentId() == null ? null : Committee.findById(details.parentId()));
        CommitteeView before = CommitteeView.of(committee);
        apply(details, committee);
        changes.record(RESOURCE, id, "update", before, () -> CommitteeView.of(committee),
                Changes.Event.of(RESOURCE, id, CommitteeEvent.UPDATED, () -> CommitteeEvent.of(committee)));
        return committee;
    }

    public Committee get(UUID id) {
        Committee committee = Committee.findById(id);
        if (committee == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return committee;
    }

    public Page<CommitteeView> list(Tier tier, UUID parentId, String industry, PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("tier = :tier", "tier", tier)
                .and("parentId = :parent", "parent", parentId)
                .and("lower(industry) = lower(:industry)", "industry", industry);
        Sort sort = page.toSort(SORTABLE, Sort.ascending("name")).and("id");
        PanacheQuery<Committee> query = criteria.find((where, order, params) -> Committee.find(where, order, params),
                sort);
        return Page.of(query, page, CommitteeView::of);
    }

    public CommitteeView.Tree tree(UUID id) {
        return tree(get(id));
    }

    private CommitteeView.Tree tree(Committee committee) {
        List<Committee> children = Committee.list("parentId", Sort.ascending("name"), committee.id);
        return new CommitteeView.Tree(CommitteeView.of(committee), children.stream().map(this::tree).toList());
    }

    /** gov-officer creates MACRO committees; the secretariat MESO and MICRO ones; admin all. */
    private void requireMayCreate(Tier tier) {
        boolean allowed = caller.hasRole(Roles.ADMIN)
                || (tier == Tier.MACRO ? caller.hasRole(Roles.GOV_OFFICER) : caller.hasRole(Roles.SECRETARIAT));
        if (!allowed) {
            throw ApiProblem.forbidden(tier == Tier.MACRO ? "Only gov-officer or admin manage MACRO committees"
                    : "Only the secretariat or admin manage " + tier + " committees");
        }
    }

    /** As creating, and a gov-officer changes only a MACRO committee its own organisation is a current member of. */
    private void requireMayChange(Committee committee) {
        requireMayCreate(committee.tier);
        if (!caller.hasRole(Roles.ADMIN) && committee.tier == Tier.MACRO
                && !caller.organisationId().map(org -> members.isCurrentMember(committee.id, org)).orElse(false)) {
            throw ApiProblem.forbidden("A gov-officer changes only MACRO committees its own organisation belongs to");
        }
    }

    private void apply(CommitteeDetails details, Committee committee) {
        committee.name = details.name().strip();
        committee.parentId = details.parentId();
        committee.industry = details.industry();
        committee.purpose = details.purpose();
        committee.quorum = details.quorum();
        committee.escalationDeadlineDays = details.escalationDeadlineDays() != null
                ? details.escalationDeadlineDays() : defaultEscalationDeadlineDays;
        committee.departments.clear();
        if (details.departments() != null) {
            committee.departments.addAll(details.departments());
        }
        committee.updatedAt = Instant.now(clock);
    }
}
