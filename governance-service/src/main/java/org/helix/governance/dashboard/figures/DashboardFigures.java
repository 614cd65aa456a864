package org.helix.governance.dashboard.figures;

import org.helix.platform.web.problem.ApiProblem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Computes the dashboard's figures: one SQL aggregation per group of metrics over the read model the feed keeps (and
 * governance's own action items), narrowed by the filter. Aggregates only: no row of the read model leaves here.
 * A plain class over a JDBC connection, so the benchmark (deploy/bench/dashboard-bench.sh) runs exactly this code.
 */
public final class DashboardFigures {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private final Clock clock;
    private final int practiceTargetHours;

    /**
     * @param practiceTargetHours a teacher's yearly enterprise-practice target
     *                            ({@code helix.governance.dashboard.practice-target-hours})
     */
    public DashboardFigures(Clock clock, int practiceTargetHours) {
        this.clock = clock;
        this.practiceTargetHours = practiceTargetHours;
    }

    public DashboardView compute(Connection connection, DashboardFilter filter) throws SQLException {
        Selection selection = new SelectionQuery(connection, LocalDate.now(clock)).resolve(filter);
        List<Figure> figures = new ArrayList<>();
        Period period = new Period(filter.from(), filter.to());
        talent(connection, period, selection, figures);
        money(connection, period, selection, figures);
        incubation(connection, period, selection, figures);
        curriculum(connection, period, selection, figures);
        governance(connection, period, selection, figures);
        events(connection, period, figures);
        return new DashboardView(filter.from(), filter.to(), filter.committeeId(), filter.industry(),
                filter.organisationType(),
                selection.organisations() == null ? null : selection.organisations().size(),
                clock.instant(), figures);
    }

    /** The period as dates (both included) and as instants (from the first midnight to the one after the last day). */
    private record Period(LocalDate from, LocalDate to) {
        OffsetDateTime start() {
            return from.atStartOfDay().atOffset(ZoneOffset.UTC);
        }

        OffsetDateTime end() {
            return to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        }

        long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    private void talent(Connection connection, Period period, Selection selection, List<Figure> figures)
            throws SQLException {
        Map<String, BigDecimal[]> byKind = new LinkedHashMap<>();
        SqlFigures.query("""
                        select kind, count(*), count(distinct profile_id),
                               coalesce(sum(coalesce(hours_per_week, 0)
                                   * (least(coalesce(ended_on, end_date), ?) - greatest(start_date, ?) + 1) / 7.0), 0)
                        from dashboard_appointment""",
                        "start_date is not null and start_date <= ? and coalesce(ended_on, end_date) >= ?",
                        "group by kind")
                .with(period.to(), period.from(), period.to(), period.from())
                .narrowedTo(selection.organisations(), "home_organisation_id", "host_organisation_id")
                .run(connection, row -> byKind.put(row.text(1),
                        new BigDecimal[]{row.number(2), row.number(3), row.number(4)}));
        BigDecimal[] none = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal[] teaching = byKind.getOrDefault("PART_TIME_TEACHING", none);
        BigDecimal[] practice = byKind.getOrDefault("ENTERPRISE_PRACTICE", none);
        figures.add(Figure.of(Metric.TEACHING_APPOINTMENTS, teaching[0]));
        figures.add(Figure.of(Metric.TEACHING_HOURS, hours(teaching[2])));
        figures.add(Figure.of(Metric.PRACTICE_APPOINTMENTS, practice[0]));
        figures.add(Figure.of(Metric.PRACTICE_HOURS, hours(practice[2])));
        figures.add(Figure.of(Metric.PRACTICE_TARGET_HOURS, hours(yearlyPracticeTargets(connection, period,
                selection).multiply(BigDecimal.valueOf(period.days())).divide(DAYS_PER_YEAR, 4, RoundingMode.HALF_UP))));
    }

    /** The yearly targets of the teachers with a practice in the period: their school's own, else the default. */
    private BigDecimal yearlyPracticeTargets(Connection connection, Period period, Selection selection)
            throws SQLException {
        BigDecimal[] total = {BigDecimal.ZERO};
        SqlFigures.query("""
                        select coalesce(sum(coalesce(t.target_hours, ?)), 0)
                        from (select distinct a.profile_id, a.home_organisation_id from dashboard_appointment a""",
                        "a.kind = 'ENTERPRISE_PRACTICE' and a.start_date is not null and a.start_date <= ? "
                                + "and coalesce(a.ended_on, a.end_date) >= ?",
                        ") teachers left join dashboard_practice_target t on t.school_id = teachers.home_organisation_id")
                .with(practiceTargetHours, period.to(), period.from())
                .narrowedTo(selection.organisations(), "a.home_organisation_id", "a.host_organisation_id")
                .run(connection, row -> total[0] = row.number(1));
        return total[0];
    }

    private static BigDecimal hours(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }

    private void money(Connection connection, Period period, Selection selection, List<Figure> figures)
            throws SQLException {
        SqlFigures.query("""
                        select c.funder_organisation_id, coalesce(o.name, c.funder_organisation_id::text),
                               coalesce(c.money_kind, 'UNSPECIFIED'), c.currency, sum(c.budget),
                               sum(coalesce(t.pending, 0)), sum(coalesce(t.released, 0))
                        from dashboard_call c
                        left join (select call_id,
                                          sum(amount) filter (where status = 'PENDING') as pending,
                                          sum(amount) filter (where status = 'RELEASED') as released
                                   from dashboard_tranche group by call_id) t on t.call_id = c.call_id
                        left join organisation o on o.id = c.funder_organisation_id""",
                        "(c.opens_on is null or c.opens_on <= ?) and (c.closes_on is null or c.closes_on >= ?)",
                        "group by 1, 2, 3, 4 order by 2, 3, 4")
                .with(period.to(), period.from())
                .narrowedTo(selection.organisations(), "c.funder_organisation_id")
                .run(connection, row -> {
                    Map<String, String> funderAndKind = Map.of("funderOrganisationId", row.text(1),
                            "funderName", row.text(2), "kind", row.text(3), "currency", row.text(4));
                    BigDecimal budget = money(row.number(5));
                    BigDecimal committed = money(row.number(6));
                    BigDecimal released = money(row.number(7));
                    figures.add(Figure.of(Metric.BUDGET, funderAndKind, budget));
                    figures.add(Figure.of(Metric.COMMITTED, funderAndKind, committed));
                    figures.add(Figure.of(Metric.RELEASED, funderAndKind, released));
                    figures.add(Figure.of(Metric.REMAINING, funderAndKind, budget.subtract(committed).subtract(released)));
                });
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    private void incubation(Connection connection, Period period, Selection selection, List<Figure> figures)
            throws SQLException {
        SqlFigures.query("select status, count(*) from dashboard_project",
                        "coalesce(submitted_at, as_of) < ? and (closed_at is null or closed_at >= ?)",
                        "group by status order by status")
                .with(period.end(), period.start())
                .narrowedTo(selection.organisations(), "school_id")
                .run(connection, row -> figures.add(Figure.of(Metric.PROJECTS, Map.of("stage", row.text(1)),
                        row.number(2))));
        BigDecimal[] median = {null};
        SqlFigures.query("""
                        select percentile_cont(0.5) within group
                               (order by extract(epoch from (decided_at - submitted_at)) / 86400.0)
                        from dashboard_project""",
                        "decided_at >= ? and decided_at < ? and submitted_at is not null", "")
                .with(period.start(), period.end())
                .narrowedTo(selection.organisations(), "school_id")
                .run(connection, row -> median[0] = row.number(1));
        figures.add(Figure.of(Metric.MEDIAN_DAYS_IN_SCREENING,
                median[0] == null ? null : median[0].setScale(1, RoundingMode.HALF_UP)));
    }

    private void curriculum(Connection connection, Period period, Selection selection, List<Figure> figures)
            throws SQLException {
        SqlFigures.query("select count(*), coalesce(sum(gap), 0) from dashboard_skill_gap",
                        "gap > 0 and detected_at < ?", "")
                .with(period.end())
                .narrowedTo(selection.organisations(), "school_id")
                .run(connection, row -> {
                    figures.add(Figure.of(Metric.OPEN_SKILL_GAPS, row.number(1)));
                    figures.add(Figure.of(Metric.SKILL_GAP_HEADCOUNT, row.number(2)));
                });
        BigDecimal[] stages = {BigDecimal.ZERO, BigDecimal.ZERO};
        SqlFigures.query("select count(*) filter (where status = 'OPEN' and coalesce(opened_at, as_of) < ?), "
                                + "count(*) filter (where status = 'PUBLISHED' and published_at >= ? and published_at < ?) "
                                + "from dashboard_revision", "true", "")
                .with(period.end(), period.start(), period.end())
                .narrowedTo(selection.organisations(), "school_id")
                .run(connection, row -> {
                    stages[0] = row.number(1);
                    stages[1] = row.number(2);
                });
        figures.add(Figure.of(Metric.REVISIONS, Map.of("stage", "OPEN"), stages[0]));
        figures.add(Figure.of(Metric.REVISIONS, Map.of("stage", "PUBLISHED"), stages[1]));
        Map<String, BigDecimal> outcomes = new LinkedHashMap<>();
        SqlFigures.query("select outcome, count(*) from dashboard_employment",
                        "graduation_year between ? and ?", "group by outcome order by outcome")
                .with(period.from().getYear(), period.to().getYear())
                .narrowedTo(selection.organisations(), "school_id")
                .run(connection, row -> outcomes.put(row.text(1), row.number(2)));
        BigDecimal recorded = outcomes.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal working = outcomes.getOrDefault("EMPLOYED", BigDecimal.ZERO)
                .add(outcomes.getOrDefault("SELF_EMPLOYED", BigDecimal.ZERO));
        figures.add(Figure.of(Metric.EMPLOYMENT_RATE, recorded.signum() == 0 ? null
                : working.multiply(BigDecimal.valueOf(100)).divide(recorded, 1, RoundingMode.HALF_UP)));
        outcomes.forEach((outcome, count) -> figures.add(Figure.of(Metric.GRADUATES_WITH_OUTCOME,
                Map.of("outcome", outcome), count)));
    }

    private void governance(Connection connection, Period period, Selection selection, List<Figure> figures)
            throws SQLException {
        SqlFigures.query("select tier, status, count(*) from dashboard_problem",
                        "coalesce(raised_at, as_of) < ? and (resolved_at is null or resolved_at >= ?)",
                        "group by tier, status order by tier, status")
                .with(period.end(), period.start())
                .narrowedTo(selection.committees(), "origin_committee_id")
                .narrowedTo(selection.organisationsOfType(), "raising_organisation_id")
                .run(connection, row -> figures.add(Figure.of(Metric.PROBLEMS,
                        Map.of("tier", row.text(1), "status", row.text(2)), row.number(3))));
        SqlFigures.query("""
                        select c.tier, count(*) from action_item a
                        join resolution r on r.id = a.resolution_id
                        join committee c on c.id = r.committee_id""",
                        "a.status <> 'DONE' and a.due_date < ?", "group by c.tier order by c.tier")
                .with(LocalDate.now(clock))
                .narrowedTo(selection.committees(), "c.id")
                .narrowedTo(selection.organisationsOfType(), "a.assignee_organisation_id")
                .run(connection, row -> figures.add(Figure.of(Metric.OVERDUE_ACTIONS, Map.of("tier", row.text(1)),
                        row.number(2))));
    }

    private void events(Connection connection, Period period, List<Figure> figures) throws SQLException {
        SqlFigures.query("select event_type, sum(events) from dashboard_event_count", "day between ? and ?",
                        "group by event_type order by event_type")
                .with(period.from(), period.to())
                .run(connection, row -> figures.add(Figure.of(Metric.EVENTS, Map.of("eventType", row.text(1)),
                        row.number(2))));
    }

    /** Resolves the committee and organisation-type filters against governance's committees and memberships. */
    private record SelectionQuery(Connection connection, LocalDate today) {

        Selection resolve(DashboardFilter filter) throws SQLException {
            List<UUID> committees = filter.narrowsCommittees() ? committeeTree(filter) : null;
            List<UUID> ofType = filter.organisationType() == null ? null : ids(SqlFigures.query(
                    "select id from organisation", "type = ?", "").with(filter.organisationType().name()));
            if (!filter.narrowsOrganisations()) {
                return new Selection(null, null, null);
            }
            SqlFigures members = SqlFigures.query("select o.id from organisation o", "true", "");
            if (committees != null) {
                members = SqlFigures.query("select o.id from organisation o", """
                        exists (select 1 from membership m where m.organisation_id = o.id
                                and m.committee_id = any(?) and m.since <= ? and (m.until is null or m.until > ?))""",
                        "").with(committees, today, today);
            }
            List<UUID> organisations = ids(members.narrowedTo(ofType, "o.id"));
            return new Selection(committees, ofType, organisations);
        }

        private List<UUID> committeeTree(DashboardFilter filter) throws SQLException {
            SqlFigures roots = filter.committeeId() != null
                    ? SqlFigures.query("select id from committee", "id = ?", "").with(filter.committeeId())
                    : SqlFigures.query("select id from committee", "lower(industry) = lower(?)", "")
                            .with(filter.industry());
            List<UUID> tree = ids(roots);
            if (filter.committeeId() != null && tree.isEmpty()) {
                throw ApiProblem.invalidField("committee", "no committee " + filter.committeeId());
            }
            List<UUID> level = tree;
            while (!level.isEmpty()) {
                level = ids(SqlFigures.query("select id from committee", "parent_id = any(?)", "").with(level));
                tree.addAll(level);
            }
            return tree;
        }

        private List<UUID> ids(SqlFigures query) throws SQLException {
            List<UUID> ids = new ArrayList<>();
            query.run(connection, row -> ids.add(UUID.fromString(row.text(1))));
            return ids;
        }
    }
}
