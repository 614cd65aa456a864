package org.helix.curriculum.skill;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.curriculum.access.Parties;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The skills vocabulary, curated by admin, secretariat and industry associations' representatives. */
@ApplicationScoped
public class Skills {

    public static final String RESOURCE = "Skill";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "sector", "sector",
            "createdAt", "createdAt");

    @Inject
    Parties parties;

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    @Transactional
    public Skill define(SkillDetails details) {
        requireCurator();
        unique(details, null);
        Skill skill = new Skill();
        skill.id = UUID.randomUUID();
        apply(details, skill);
        skill.createdAt = skill.updatedAt;
        skill.persist();
        changes.record(RESOURCE, skill.id, "define", null, () -> SkillView.of(skill));
        return skill;
    }

    @Transactional
    public Skill redefine(UUID id, SkillDetails details) {
        requireCurator();
        Skill skill = Skill.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (skill == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        if (details.version() == null) {
            throw ApiProblem.invalidField("version", "send the version you read");
        }
        if (details.version() != skill.version) {
            throw ApiProblem.staleVersion(RESOURCE, id);
        }
        unique(details, id);
        SkillView before = SkillView.of(skill);
        apply(details, skill);
        changes.record(RESOURCE, id, "update", before, () -> SkillView.of(skill));
        return skill;
    }

    public Skill get(UUID id) {
        Skill skill = Skill.findById(id);
        if (skill == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return skill;
    }

    public Page<SkillView> list(SkillCategory category, String sector, String name, PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("category = :category", "category", category)
                .and("lower(sector) = lower(:sector)", "sector", sector)
                .and("lower(name) like :name escape '\\'", "name", name == null ? null : "%" + likeEscaped(name) + "%");
        Sort sort = page.toSort(SORTABLE, Sort.ascending("name")).and("id");
        return Page.of(criteria.find((where, order, params) -> Skill.find(where, order, params), sort), page,
                SkillView::of);
    }

    private void requireCurator() {
        if (!parties.seesEverything() && !parties.hasRole(Roles.ASSOCIATION_REP)) {
            throw ApiProblem.forbidden("The skills vocabulary is curated by admin, secretariat and industry "
                    + "associations' representatives");
        }
    }

    private static void unique(SkillDetails details, UUID self) {
        Skill same = Skill.<Skill>find("lower(name) = lower(?1) and lower(sector) = lower(?2)",
                details.name().strip(), details.sector().strip()).firstResult();
        if (same != null && !same.id.equals(self)) {
            throw ApiProblem.conflict("skill-exists", "Skill exists", "The sector " + same.sector
                    + " has the skill " + same.name + " already: " + same.id);
        }
    }

    private void apply(SkillDetails details, Skill skill) {
        skill.name = details.name().strip();
        skill.category = details.category();
        skill.sector = details.sector().strip();
        skill.description = details.description() == null ? null : details.description().strip();
        skill.updatedAt = Instant.now(clock);
    }

    static String likeEscaped(String text) {
        return text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
