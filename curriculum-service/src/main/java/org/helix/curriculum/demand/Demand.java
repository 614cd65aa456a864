package org.helix.curriculum.demand;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.helix.curriculum.access.Parties;
import org.helix.curriculum.config.CurriculumRules;
import org.helix.curriculum.organisation.Organisation;
import org.helix.curriculum.organisation.OrganisationType;
import org.helix.curriculum.programme.Programmes;
import org.helix.curriculum.skill.Skill;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.messaging.outbox.Outbox;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.security.Roles;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Demand signals and the gaps they open. Enterprises' and associations' representatives post signals for their own
 * organisation (admin and secretariat for any); signals and gaps are open to every signed-in caller. Posting a signal
 * recomputes the gap of its skill at each school it is aimed at: a gap reaching the threshold is announced once
 * (SkillGapDetected) and announced again only after it fell below the threshold.
 */
@ApplicationScoped
public class Demand {

    public static final String RESOURCE = "DemandSignal";
    private static final Map<String, String> SORTABLE = Map.of("postedAt", "postedAt", "headcount", "headcount");

    @Inject
    Parties parties;

    @Inject
    SkillGaps gaps;

    @Inject
    CurriculumRules rules;

    @Inject
    Changes changes;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public DemandSignal post(SignalRequest request) {
        UUID organisation = poster(request);
        Skill skill = Skill.findById(request.skillId());
        if (skill == null) {
            throw ApiProblem.invalidField("skillId", "no skill " + request.skillId() + " in the vocabulary");
        }
        if (request.schoolId() != null) {
            Programmes.requireSchool(request.schoolId(), "schoolId");
            if (request.region() != null) {
                throw ApiProblem.invalidField("region", "a signal aims at a school or at a region, not both");
            }
        }
        DemandSignal signal = new DemandSignal();
        signal.id = UUID.randomUUID();
        signal.organisationId = organisation;
        signal.skillId = skill.id;
        signal.sector = request.sector() == null ? skill.sector : request.sector().strip();
        signal.headcount = request.headcount();
        signal.horizonMonths = request.horizonMonths();
        signal.schoolId = request.schoolId();
        signal.region = request.region() == null ? null : request.region().strip();
        signal.source = request.source().strip();
        signal.postedAt = Instant.now(clock);
        signal.expiresOn = LocalDate.now(clock).plusMonths(request.horizonMonths());
        signal.persist();
        changes.record(RESOURCE, signal.id, "post", null, () -> SignalView.of(signal));
        for (UUID school : schoolsAimedAt(signal)) {
            announce(school, skill, signal.sector);
        }
        return signal;
    }

    public DemandSignal get(UUID id) {
        DemandSignal signal = DemandSignal.findById(id);
        if (signal == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return signal;
    }

    public Page<SignalView> list(UUID organisation, UUID skill, UUID school, String sector, PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("organisationId = :organisation", "organisation", organisation)
                .and("skillId = :skill", "skill", skill)
                .and("schoolId = :school", "school", school)
                .and("lower(sector) = lower(:sector)", "sector", sector);
        Sort sort = page.toSort(SORTABLE, Sort.descending("postedAt")).and("id");
        return Page.of(criteria.<DemandSignal>find((where, order, params) -> DemandSignal.find(where, order, params),
                sort), page, SignalView::of);
    }

    public Page<GapLine> gaps(UUID school, String sector, PageRequest page) {
        Organisation organisation = Organisation.findById(school);
        if (organisation == null || organisation.type != OrganisationType.SCHOOL) {
            throw ApiProblem.notFound("School", school);
        }
        page.toSort(Map.of(), Sort.by("gap")); // the ranking is the order: any sort asked for is a 400
        SkillGaps.Lines lines = gaps.of(school, sector, null, page.size, (long) page.page * page.size);
        return Page.of(lines.lines(), page, lines.total());
    }

    private void announce(UUID school, Skill skill, String sector) {
        int threshold = rules.gaps().threshold();
        List<GapLine> lines = gaps.of(school, sector, skill.id, 1, 0).lines();
        long gap = lines.isEmpty() ? 0 : lines.get(0).gap();
        if (gap < threshold) {
            entityManager.createNativeQuery("delete from skill_gap_alert where school_id = :school and skill_id = "
                    + ":skill and sector = :sector").setParameter("school", school).setParameter("skill", skill.id)
                    .setParameter("sector", sector).executeUpdate();
            return;
        }
        int inserted = entityManager.createNativeQuery("insert into skill_gap_alert (school_id, skill_id, sector, gap, "
                        + "detected_at) values (:school, :skill, :sector, :gap, :at) on conflict (school_id, skill_id, "
                        + "sector) do nothing")
                .setParameter("school", school).setParameter("skill", skill.id).setParameter("sector", sector)
                .setParameter("gap", (int) Math.min(gap, Integer.MAX_VALUE))
                .setParameter("at", Timestamp.from(Instant.now(clock))).executeUpdate();
        if (inserted == 1) {
            GapLine line = lines.get(0);
            outbox.record("SkillGap", school + "/" + skill.id, SkillGapDetected.TYPE, new SkillGapDetected(school,
                    sector, skill.id, skill.name, line.demand(), line.coverage(), line.gap(), threshold));
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> schoolsAimedAt(DemandSignal signal) {
        if (signal.schoolId != null) {
            return List.of(signal.schoolId);
        }
        String sql = "select id from organisation where type = 'SCHOOL'" + (signal.region == null ? ""
                : " and region = :region") + " order by id";
        var query = entityManager.createNativeQuery(sql, UUID.class);
        if (signal.region != null) {
            query.setParameter("region", signal.region);
        }
        return query.getResultList();
    }

    private UUID poster(SignalRequest request) {
        if (parties.seesEverything()) {
            if (request.organisationId() == null) {
                throw ApiProblem.invalidField("organisationId", "name the enterprise or association whose demand it "
                        + "is");
            }
            Organisation organisation = Organisation.findById(request.organisationId());
            if (organisation == null || (organisation.type != OrganisationType.ENTERPRISE
                    && organisation.type != OrganisationType.INDUSTRY_ASSOCIATION)) {
                throw ApiProblem.invalidField("organisationId", "must be a known ENTERPRISE or "
                        + "INDUSTRY_ASSOCIATION");
            }
            return organisation.id;
        }
        UUID own = parties.representedOrganisation().filter(organisation -> parties.hasRole(Roles.ENTERPRISE_REP)
                || parties.hasRole(Roles.ASSOCIATION_REP)).orElseThrow(() -> ApiProblem.forbidden(
                "Demand is posted by enterprises' and associations' representatives, admin and secretariat"));
        if (request.organisationId() != null && !request.organisationId().equals(own)) {
            throw ApiProblem.forbidden("Representatives post their own organisation's demand");
        }
        return own;
    }
}
