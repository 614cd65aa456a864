import org.helix.platform.infra.Ports;
import org.helix.platform.infra.PostgresServer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The skill-gap query of curriculum-service at scale (issue 12 item 3): a PostgreSQL of its own (the same embedded
 * server the tests and the local run use), the service's own Flyway migrations applied in order, SIGNALS demand
 * signals and COURSES courses generated in the database, then the very SQL file the service runs
 * (curriculum-service/src/main/resources/queries/skill-gaps.sql) timed per school, as the API calls it (first page
 * of 20 lines, no filter). Prints the latency percentiles against the 200 ms goal and the plan of one run.
 * <p>
 * {@code java -cp CP deploy/bench/GapBench.java STATE_DIR [SIGNALS] [COURSES] [SCHOOLS] [RUNS]}
 */
public final class GapBench {

    private static final Pattern PARAMETER = Pattern.compile("(?<!:):([a-z]+)");

    public static void main(String[] args) throws Exception {
        Path state = Path.of(args[0]).toAbsolutePath();
        int signals = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int courses = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        int schools = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 400;
        Path repo = Path.of(System.getProperty("helix.repo", ".")).toAbsolutePath();
        Files.createDirectories(state);
        try (PostgresServer postgres = PostgresServer.start(Ports.free(), state.resolve("postgres"))) {
            postgres.ensureDatabase("curriculum", "curriculum", "curriculum");
            migrate(postgres.jdbcUrl("curriculum"), "curriculum",
                    repo.resolve("curriculum-service/src/main/resources/db/migration"));
            try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("curriculum"), "curriculum",
                    "curriculum")) {
                long seeded = System.nanoTime();
                seed(db, signals, courses, schools);
                System.out.printf("[gap-bench] seeded %,d signals, %,d courses, %d schools in %.1f s%n", signals,
                        courses, schools, (System.nanoTime() - seeded) / 1e9);
                String sql = Files.readString(repo.resolve(
                        "curriculum-service/src/main/resources/queries/skill-gaps.sql")).replace("/*filters*/", "");
                measure(db, sql, runs);
            }
        }
    }

    /** The service's own migrations, applied by Flyway as the service applies them (out-of-order versions too). */
    private static void migrate(String jdbcUrl, String user, Path migrations) {
        Flyway.configure().dataSource(jdbcUrl, user, user).locations("filesystem:" + migrations).outOfOrder(true)
                .load().migrate();
    }

    /** Everything generated inside PostgreSQL (generate_series), with a fixed random seed. */
    private static void seed(Connection db, int signals, int courses, int schools) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("select setseed(0.42)");
            s.execute("insert into organisation (id, name, type, region, source_version, updated_at) "
                    + "select gen_random_uuid(), 'School ' || i, 'SCHOOL', 'Region ' || (i % 5), 0, now() "
                    + "from generate_series(1, " + schools + ") i");
            s.execute("insert into organisation (id, name, type, region, source_version, updated_at) "
                    + "select gen_random_uuid(), 'Enterprise ' || i, case when i % 10 = 0 then "
                    + "'INDUSTRY_ASSOCIATION' else 'ENTERPRISE' end, 'Region ' || (i % 5), 0, now() "
                    + "from generate_series(1, 200) i");
            s.execute("insert into skill (id, name, category, sector, version, created_at, updated_at) "
                    + "select gen_random_uuid(), 'Skill ' || i, 'SKILL', 'Sector ' || (i % 10), 0, now(), now() "
                    + "from generate_series(1, 500) i");
            s.execute("create temporary table numbered_skill as select row_number() over (order by id) as n, id, "
                    + "sector from skill");
            s.execute("create temporary table numbered_school as select row_number() over (order by id) as n, id, "
                    + "region from organisation where type = 'SCHOOL'");
            s.execute("create temporary table numbered_poster as select row_number() over (order by id) as n, id "
                    + "from organisation where type <> 'SCHOOL'");
            s.execute("insert into programme (id, school_id, name, industry, level, version, created_at, updated_at) "
                    + "select gen_random_uuid(), id, 'Programme of ' || n, 'Sector 1', 'HIGHER_VOCATIONAL', 0, now(), "
                    + "now() from numbered_school");
            // each course teaches three skills
            s.execute("insert into course (id, programme_id, school_id, code, title, type, credits, status, skill_ids, "
                    + "current_version, version, created_at, updated_at) "
                    + "select gen_random_uuid(), p.id, p.school_id, 'C' || i, 'Course ' || i, 'CORE', 4.0, "
                    + "case when (i / " + schools + ") % 20 = 0 then 'RETIRED' else 'ACTIVE' end, "
                    + "array(select k.id from numbered_skill k where k.n in (1 + (i * 7) % 500, 1 + (i * 13) % 500, "
                    + "1 + (i * 29) % 500)), 1, 0, now(), now() "
                    + "from generate_series(1, " + courses + ") i "
                    + "join programme p on p.school_id = (select id from numbered_school where n = 1 + i % "
                    + schools + ")");
            s.execute("insert into course_skill (course_id, skill_id) select c.id, unnest(c.skill_ids) from course c "
                    + "where c.status = 'ACTIVE'");
            // 40% aimed at a school, 40% at a region, 20% at every school; about a tenth expired
            s.execute("insert into demand_signal (id, organisation_id, skill_id, sector, headcount, horizon_months, "
                    + "school_id, region, source, posted_at, expires_on) "
                    + "select gen_random_uuid(), p.id, k.id, k.sector, 1 + floor(random() * 50)::int, g.horizon, "
                    + "case when g.aim < 0.4 then sc.id end, case when g.aim >= 0.4 and g.aim < 0.8 then sc.region end, "
                    + "'generated', now() - (g.age || ' days')::interval, "
                    + "(now() - (g.age || ' days')::interval + (g.horizon || ' months')::interval)::date "
                    + "from (select i, random() as aim, 6 + floor(random() * 31)::int as horizon, "
                    + "floor(random() * 400)::int as age, 1 + floor(random() * 500)::int as skill, "
                    + "1 + floor(random() * " + schools + ")::int as school, 1 + floor(random() * 200)::int as poster "
                    + "from generate_series(1, " + signals + ") i) g "
                    + "join numbered_skill k on k.n = g.skill join numbered_school sc on sc.n = g.school "
                    + "join numbered_poster p on p.n = g.poster");
            s.execute("analyze");
            try (ResultSet counts = s.executeQuery("select (select count(*) from demand_signal), "
                    + "(select count(*) from demand_signal where expires_on >= current_date), "
                    + "(select count(*) from course), (select count(*) from course_skill)")) {
                counts.next();
                System.out.printf("[gap-bench] rows: %,d signals (%,d live), %,d courses, %,d course skills%n",
                        counts.getLong(1), counts.getLong(2), counts.getLong(3), counts.getLong(4));
            }
        }
    }

    private static void measure(Connection db, String namedSql, int runs) throws Exception {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(namedSql);
        StringBuilder positional = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(positional, "?");
        }
        matcher.appendTail(positional);
        List<UUID> schools = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(
                "select id from organisation where type = 'SCHOOL' order by id")) {
            while (rows.next()) {
                schools.add((UUID) rows.getObject(1));
            }
        }
        Random random = new Random(42);
        long[] nanos = new long[runs];
        long lines = 0;
        try (PreparedStatement query = db.prepareStatement(positional.toString())) {
            for (int i = -50; i < runs; i++) { // 50 unrecorded warm-up runs
                bind(query, names, schools.get(random.nextInt(schools.size())));
                long start = System.nanoTime();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        lines++;
                    }
                }
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
        }
        Arrays.sort(nanos);
        System.out.printf("[gap-bench] gap query, %d runs over %d schools (first page of 20 lines, %d lines read): "
                        + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; goal <= 200 ms: %s%n", runs,
                schools.size(), lines, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[runs - 1] / 1e6,
                ms(nanos, 0.99) <= 200 ? "met (p99)" : "MISSED (p99)");
        try (PreparedStatement explain = db.prepareStatement("explain (analyze, buffers) " + positional)) {
            bind(explain, names, schools.get(0));
            try (ResultSet plan = explain.executeQuery()) {
                System.out.println("[gap-bench] plan of one run:");
                while (plan.next()) {
                    System.out.println("    " + plan.getString(1));
                }
            }
        }
    }

    private static void bind(PreparedStatement statement, List<String> names, UUID school) throws Exception {
        for (int i = 0; i < names.size(); i++) {
            Object value = switch (names.get(i)) {
                case "school" -> school;
                case "today" -> Date.valueOf(LocalDate.now());
                case "per" -> 30L;
                case "limit" -> 20;
                case "offset" -> 0L;
                default -> throw new IllegalStateException("unknown parameter " + names.get(i));
            };
            statement.setObject(i + 1, value);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
