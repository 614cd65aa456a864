import org.helix.governance.dashboard.figures.DashboardFigures;
import org.helix.governance.dashboard.figures.DashboardFilter;
import org.helix.governance.dashboard.figures.DashboardView;
import org.helix.governance.organisation.OrganisationType;
import org.helix.platform.infra.Ports;
import org.helix.platform.infra.PostgresServer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The governance dashboard at a year's scale (issue 15 item 2): a PostgreSQL of its own (the embedded server the tests
 * and the local run use), governance's own Flyway migrations applied in order, the read model filled with what a year
 * of events of 50 organisations leaves in it (generated in the database), then the very class the endpoint runs
 * ({@code DashboardFigures}, every metric's SQL) timed per filter over a year. Prints latency percentiles against the
 * 100 ms goal and the number of figures; HTTP and JSON are not in the figure (a few milliseconds on top).
 * <p>
 * {@code java -cp CP deploy/bench/DashboardBench.java STATE_DIR [SCALE] [RUNS]}
 */
public final class DashboardBench {

    public static void main(String[] args) throws Exception {
        Path state = Path.of(args[0]).toAbsolutePath();
        int scale = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path repo = Path.of(System.getProperty("helix.repo", ".")).toAbsolutePath();
        Files.createDirectories(state);
        try (PostgresServer postgres = PostgresServer.start(Ports.free(), state.resolve("postgres"))) {
            postgres.ensureDatabase("governance", "governance", "governance");
            migrate(postgres.jdbcUrl("governance"), "governance",
                    repo.resolve("governance-service/src/main/resources/db/migration"));
            try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("governance"), "governance",
                    "governance")) {
                long seeding = System.nanoTime();
                long events = seed(db, scale);
                System.out.printf("[dashboard-bench] a year of ~%,d events of 50 organisations (scale %d) in the read "
                        + "model, seeded in %.1f s%n", events, scale, (System.nanoTime() - seeding) / 1e9);
                DashboardFigures figures = new DashboardFigures(Clock.fixed(Instant.parse("2026-12-31T12:00:00Z"),
                        ZoneOffset.UTC), 160);
                LocalDate from = LocalDate.of(2026, 1, 1);
                LocalDate to = LocalDate.of(2026, 12, 31);
                UUID committee = first(db, "select id from committee where tier = 'MESO' order by name");
                boolean met = true;
                met &= measure(db, figures, "no filter", runs, () -> new DashboardFilter(from, to, null, null, null));
                met &= measure(db, figures, "a MESO committee's tree", runs,
                        () -> new DashboardFilter(from, to, committee, null, null));
                met &= measure(db, figures, "organisation type SCHOOL", runs,
                        () -> new DashboardFilter(from, to, null, null, OrganisationType.SCHOOL));
                System.out.println("[dashboard-bench] goal <= 100 ms (p99) for every filter: " + (met ? "met" : "MISSED"));
            }
        }
    }

    /** The service's own migrations, applied by Flyway as the service applies them (out-of-order versions too). */
    private static void migrate(String jdbcUrl, String user, Path migrations) {
        Flyway.configure().dataSource(jdbcUrl, user, user).locations("filesystem:" + migrations).outOfOrder(true)
                .load().migrate();
    }

    /**
     * 50 organisations (20 schools, 20 enterprises, 5 funders, 5 others) on a MACRO committee, 5 MESO industries and
     * 20 MICRO committees, and per SCALE a year of: 2,000 appointments, 1,000 projects, 100 calls with 2,000 awards
     * of 3 tranches, 4,000 skill gaps, 1,000 revisions, 20,000 employment outcomes, 1,000 problems, and the per-type
     * daily event counts (no action items: the overdue count reads governance's own table, empty here). Returns the number of events that state stands for.
     */
    private static long seed(Connection db, int scale) throws Exception {
        String[] sql = {
                "select setseed(0.42)",
                """
                insert into organisation (id, name, type, version, created_at, updated_at)
                select md5('org' || n)::uuid, 'Organisation ' || n,
                       case when n <= 20 then 'SCHOOL' when n <= 40 then 'ENTERPRISE'
                            when n <= 45 then 'FINANCIAL_INSTITUTION' else 'INDUSTRY_ASSOCIATION' end,
                       0, now(), now()
                from generate_series(1, 50) n""",
                """
                insert into committee (id, name, tier, parent_id, industry, version, created_at, updated_at)
                select md5('macro')::uuid, 'Joint committee', 'MACRO', null, null, 0, now(), now()""",
                """
                insert into committee (id, name, tier, parent_id, industry, version, created_at, updated_at)
                select md5('meso' || n)::uuid, 'Industry ' || n, 'MESO', md5('macro')::uuid, 'industry-' || n, 0,
                       now(), now() from generate_series(1, 5) n""",
                """
                insert into committee (id, name, tier, parent_id, industry, version, created_at, updated_at)
                select md5('micro' || n)::uuid, 'Cooperation ' || n, 'MICRO', md5('meso' || (1 + n % 5))::uuid, null,
                       0, now(), now() from generate_series(1, 20) n""",
                """
                insert into membership (id, committee_id, organisation_id, position, since, created_at)
                select gen_random_uuid(), c.id, md5('org' || n)::uuid, 'MEMBER', date '2025-01-01', now()
                from generate_series(1, 50) n
                join committee c on c.id in (md5('meso' || (1 + n % 5))::uuid, md5('micro' || (1 + n % 20))::uuid)""",
                """
                insert into dashboard_appointment (appointment_id, kind, profile_id, home_organisation_id,
                    host_organisation_id, start_date, end_date, hours_per_week, green_channel, status, ended_on, as_of)
                select gen_random_uuid(), case when n % 2 = 0 then 'PART_TIME_TEACHING' else 'ENTERPRISE_PRACTICE' end,
                       md5('person' || (n % 600))::uuid,
                       md5('org' || (case when n % 2 = 0 then 21 + n % 20 else 1 + n % 20 end))::uuid,
                       md5('org' || (case when n % 2 = 0 then 1 + n % 20 else 21 + n % 20 end))::uuid,
                       date '2026-01-01' + (n % 300), date '2026-01-01' + (n % 300) + 28 + n % 120, 2 + n % 10,
                       n % 3 = 0, case when n % 4 = 0 then 'COMPLETED' else 'ACTIVE' end,
                       case when n % 4 = 0 then date '2026-01-01' + (n % 300) + 28 end, now()
                from generate_series(1, 2000 * {scale}) n""",
                """
                insert into dashboard_project (project_id, school_id, sector, status, submitted_at, decided_at,
                    closed_at, as_of)
                select gen_random_uuid(), md5('org' || (1 + n % 20))::uuid, 'sector-' || n % 8,
                       (array['SUBMITTED','SCREENING','INCUBATING','GRADUATED','DISCONTINUED','DECLINED'])[1 + n % 6],
                       timestamptz '2026-01-01' + (n % 330) * interval '1 day',
                       case when n % 6 >= 2 then timestamptz '2026-01-01' + (n % 330 + 5 + n % 30) * interval '1 day' end,
                       case when n % 6 >= 3 then timestamptz '2026-01-01' + (n % 330 + 60) * interval '1 day' end, now()
                from generate_series(1, 1000 * {scale}) n""",
                """
                insert into dashboard_call (call_id, funder_organisation_id, funder_type, money_kind, budget, currency,
                    opens_on, closes_on, status, as_of)
                select md5('call' || n)::uuid, md5('org' || (41 + n % 5))::uuid, 'FINANCIAL_INSTITUTION',
                       (array['GRANT','LOAN','SPONSORSHIP','IN_KIND'])[1 + n % 4], 10000000.00, 'CNY',
                       date '2026-01-01' + n % 200, date '2026-01-01' + n % 200 + 90, 'OPEN', now()
                from generate_series(1, 100 * {scale}) n""",
                """
                insert into dashboard_tranche (tranche_id, award_id, call_id, funder_organisation_id, amount, currency,
                    status, granted_at, released_at, as_of)
                select gen_random_uuid(), md5('award' || (n / 3))::uuid, md5('call' || (1 + (n / 3) % (100 * {scale})))::uuid,
                       md5('org' || (41 + (n / 3) % 5))::uuid, 10000.00 + n % 1000, 'CNY',
                       (array['PENDING','RELEASED','CANCELLED'])[1 + n % 3], now(), null, now()
                from generate_series(1, 6000 * {scale}) n""",
                """
                insert into dashboard_skill_gap (school_id, skill_id, sector, demand, coverage, gap, detected_at, as_of)
                select md5('org' || (1 + n % 20))::uuid, md5('skill' || (n / 20))::uuid, 'sector-' || n % 8,
                       10 + n % 50, n % 20, 10 + n % 50 - n % 20, timestamptz '2026-01-01' + (n % 360) * interval '1 day',
                       now()
                from generate_series(1, 4000 * {scale}) n""",
                """
                insert into dashboard_revision (revision_id, school_id, change, status, opened_at, published_at, as_of)
                select gen_random_uuid(), md5('org' || (1 + n % 20))::uuid, 'MODIFY',
                       case when n % 2 = 0 then 'PUBLISHED' else 'OPEN' end,
                       timestamptz '2026-01-01' + (n % 300) * interval '1 day',
                       case when n % 2 = 0 then timestamptz '2026-01-01' + (n % 300 + 30) * interval '1 day' end, now()
                from generate_series(1, 1000 * {scale}) n""",
                """
                insert into dashboard_employment (outcome_id, graduation_year, school_id, programme_id, outcome, as_of)
                select gen_random_uuid(), 2024 + n % 3, md5('org' || (1 + n % 20))::uuid, md5('programme' || n % 60)::uuid,
                       (array['EMPLOYED','SELF_EMPLOYED','FURTHER_STUDY','SEEKING','EMPLOYED'])[1 + n % 5], now()
                from generate_series(1, 20000 * {scale}) n""",
                """
                insert into dashboard_problem (problem_id, origin_committee_id, tier, status, raising_organisation_id,
                    raised_at, resolved_at, as_of)
                select gen_random_uuid(), md5('micro' || (1 + n % 20))::uuid,
                       (array['MICRO','MESO','MACRO'])[1 + n % 3], (array['OPEN','ESCALATED','RESOLVED'])[1 + n % 3],
                       md5('org' || (1 + n % 50))::uuid, timestamptz '2026-01-01' + (n % 360) * interval '1 day',
                       case when n % 3 = 2 then timestamptz '2026-01-01' + (n % 360 + 9) * interval '1 day' end, now()
                from generate_series(1, 1000 * {scale}) n""",
                """
                insert into dashboard_event_count (event_type, day, events)
                select 'helix.service.Event' || t, date '2026-01-01' + d, 1 + (t * d) % 7 * {scale}
                from generate_series(1, 60) t, generate_series(0, 364) d""",
                "analyze"};
        try (Statement statement = db.createStatement()) {
            for (String step : sql) {
                statement.execute(step.replace("{scale}", String.valueOf(scale)));
            }
            try (ResultSet sum = statement.executeQuery("select sum(events) from dashboard_event_count")) {
                sum.next();
                return sum.getLong(1);
            }
        }
    }

    private static boolean measure(Connection db, DashboardFigures figures, String label, int runs,
            Supplier<DashboardFilter> filter) throws Exception {
        long[] nanos = new long[runs];
        int count = 0;
        for (int i = -30; i < runs; i++) { // 30 unrecorded warm-up runs
            long start = System.nanoTime();
            DashboardView view = figures.compute(db, filter.get());
            long took = System.nanoTime() - start;
            count = view.figures().size();
            if (i >= 0) {
                nanos[i] = took;
            }
        }
        Arrays.sort(nanos);
        double p99 = ms(nanos, 0.99);
        System.out.printf("[dashboard-bench] %-26s %d runs, %d figures: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms%n", label, runs, count, ms(nanos, 0.50), ms(nanos, 0.95), p99,
                nanos[runs - 1] / 1e6);
        return p99 <= 100;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static UUID first(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return (UUID) rows.getObject(1);
        }
    }
}
