package org.helix.incubation.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.helix.incubation.access.ProjectAccess;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.security.Caller;
import org.helix.platform.web.security.Roles;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The impact report across projects: the monthly metrics summed per month, school, sector and currency (aggregates
 * only, no project named), with totals per currency. Whose projects it sums: admin, secretariat and gov-officer
 * (aggregates everywhere, DESIGN.md) all; a representative of an organisation its projects as their school (so a
 * school's representatives see their school's, others none); anyone else an empty report — like a list, it holds
 * only what the caller may see. Two grouped SQL statements (rows, totals) and a count, whatever the size.
 */
@ApplicationScoped
public class ImpactReport {

    /** The longest range one report spans. */
    static final int MAX_MONTHS = 120;
    private static final int DEFAULT_MONTHS = 12;

    @Inject
    ProjectAccess access;

    @Inject
    Caller caller;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    public ImpactViews.Report report(String fromText, String toText, UUID school, String sector,
            PageRequest page) {
        YearMonth to = toText == null ? YearMonth.now(clock) : YearMonth.parse(toText);
        YearMonth from = fromText == null ? to.minusMonths(DEFAULT_MONTHS - 1) : YearMonth.parse(fromText);
        if (from.isAfter(to)) {
            throw ApiProblem.invalidField("from", "the first month comes before or is the last (to " + to + ")");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw ApiProblem.invalidField("to", "a report spans at most " + MAX_MONTHS + " months");
        }
        page.toSort(Map.of(), null); // rows come in report order (month, school, sector, currency): no sort
        Optional<Filter> filter = filter(from, to, school, sector);
        if (filter.isEmpty()) {
            return new ImpactViews.Report(from.toString(), to.toString(), school, sector, List.of(),
                    Page.of(List.of(), page, 0));
        }
        Filter where = filter.get();
        String grouped = "from impact_metric m join project p on p.id = m.project_id "
                + "left join organisation o on o.id = p.school_id " + where.sql();

        Query rows = entityManager.createNativeQuery("select m.month, p.school_id, o.name, p.sector, m.currency, "
                + "count(distinct m.project_id), sum(m.revenue), sum(m.jobs), sum(m.customers) " + grouped
                + " group by m.month, p.school_id, o.name, p.sector, m.currency "
                + "order by m.month, o.name, p.school_id, p.sector, m.currency");
        where.bind(rows).setFirstResult(page.page * page.size).setMaxResults(page.size);
        List<ImpactViews.ReportRow> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new ImpactViews.ReportRow((String) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                    (String) r[4], count(r[5]), money(r[6]), count(r[7]), count(r[8])));
        }
        long total = count(where.bind(entityManager.createNativeQuery("select count(*) from (select 1 " + grouped
                + " group by m.month, p.school_id, p.sector, m.currency) g")).getSingleResult());

        Query totals = entityManager.createNativeQuery("select m.currency, count(distinct m.project_id), "
                + "sum(m.revenue), sum(m.jobs), sum(m.customers) " + grouped + " group by m.currency "
                + "order by m.currency");
        List<ImpactViews.ReportTotal> sums = new ArrayList<>();
        for (Object row : where.bind(totals).getResultList()) {
            Object[] r = (Object[]) row;
            sums.add(new ImpactViews.ReportTotal((String) r[0], count(r[1]), money(r[2]), count(r[3]),
                    count(r[4])));
        }
        return new ImpactViews.Report(from.toString(), to.toString(), school, sector, sums,
                Page.of(items, page, total));
    }

    /** The where clause for the caller, or empty when the caller sees no project's figures. */
    private Optional<Filter> filter(YearMonth from, YearMonth to, UUID school, String sector) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("where m.month between :from and :to");
        parameters.put("from", from.toString());
        parameters.put("to", to.toString());
        if (!access.seesEverything() && !caller.hasRole(Roles.GOV_OFFICER)) {
            Optional<UUID> represented = access.representedOrganisation();
            if (represented.isEmpty()) {
                return Optional.empty();
            }
            sql.append(" and p.school_id = :viewerSchool");
            parameters.put("viewerSchool", represented.get());
        }
        if (school != null) {
            sql.append(" and p.school_id = :school");
            parameters.put("school", school);
        }
        if (sector != null) {
            sql.append(" and p.sector = :sector");
            parameters.put("sector", sector);
        }
        return Optional.of(new Filter(sql.toString(), parameters));
    }

    private record Filter(String sql, Map<String, Object> parameters) {

        Query bind(Query query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        return ((BigDecimal) value).setScale(2);
    }
}
