package org.helix.governance.committee;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.helix.governance.audit.AuditTrail;
import org.helix.platform.messaging.outbox.Outbox;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.security.Caller;
import org.helix.platform.web.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public Committee create(CommitteeDetails details) {
        requireMayManage(details.tier());
        TierRules.check(details, details.parentId() == null ? null : Committee.findById(details.parentId()));
        Committee committee = new Committee();
        committee.id = UUID.randomUUID();
        committee.tier = details.tier();
        apply(details, committee);
        committee.createdAt = committee.updatedAt;
        committee.persist();
        entityManager.flush();
        outbox.record(RESOURCE, committee.id, CommitteeEvent.CREATED, CommitteeEvent.of(committee));
        audit.record(RESOURCE, committee.id, "create", null, CommitteeView.of(committee));
        return committee;
    }

    @Transactional
    public Committee change(UUID id, CommitteeDetails details) {
        Committee committee = get(id);
        requireMayManage(committee.tier);
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
        entityManager.flush();
        audit.record(RESOURCE, id, "update", before, CommitteeView.of(committee));
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
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (tier != null) {
            conditions.add("tier = :tier");
            parameters.and("tier", tier);
        }
        if (parentId != null) {
            conditions.add("parentId = :parent");
            parameters.and("parent", parentId);
        }
        if (industry != null) {
            conditions.add("lower(industry) = lower(:industry)");
            parameters.and("industry", industry);
        }
        Sort sort = page.toSort(SORTABLE, Sort.ascending("name")).and("id");
        PanacheQuery<Committee> query = conditions.isEmpty() ? Committee.findAll(sort)
                : Committee.find(String.join(" and ", conditions), sort, parameters);
        return Page.of(query, page, CommitteeView::of);
    }

    public CommitteeView.Tree tree(UUID id) {
        return tree(get(id));
    }

    private CommitteeView.Tree tree(Committee committee) {
        List<Committee> children = Committee.list("parentId", Sort.ascending("name"), committee.id);
        return new CommitteeView.Tree(CommitteeView.of(committee), children.stream().map(this::tree).toList());
    }

    /** gov-officer creates and changes MACRO committees; the secretariat manages MESO and MICRO ones; admin all. */
    private void requireMayManage(Tier tier) {
        boolean allowed = caller.hasRole(Roles.ADMIN)
                || (tier == Tier.MACRO ? caller.hasRole(Roles.GOV_OFFICER) : caller.hasRole(Roles.SECRETARIAT));
        if (!allowed) {
            throw new ApiProblem(403, "forbidden", "Forbidden",
                    tier == Tier.MACRO ? "Only gov-officer or admin manage MACRO committees"
                            : "Only the secretariat or admin manage " + tier + " committees", List.of());
        }
    }

    private void apply(CommitteeDetails details, Committee committee) {
        committee.name = details.name().strip();
        committee.parentId = details.parentId();
        committee.industry = details.industry();
        committee.purpose = details.purpose();
        committee.quorum = details.quorum();
        committee.escalationDeadlineDays = details.escalationDeadlineDays() != null
                ? details.escalationDeadlineDays() : Committee.DEFAULT_ESCALATION_DEADLINE_DAYS;
        committee.departments.clear();
        if (details.departments() != null) {
            committee.departments.addAll(details.departments());
        }
        committee.updatedAt = Instant.now(clock);
    }

}
