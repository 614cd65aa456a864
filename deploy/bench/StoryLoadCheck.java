import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one phase of story-load-bench.sh left in the databases, and its summary table.
 * <p>
 * {@code check PG_PORT PHASE OUT_DIR PHASE_START_MS QUIET_BOUND_S} first waits (at most QUIET_BOUND_S) until the
 * system is quiet: no producer has an unsent outbox row and no event of the phase is missing from a consumer's inbox.
 * Then it checks, from PostgreSQL:
 * <ul>
 * <li><b>events</b>: every outbox row written since the phase started, in each of the five services, against the
 * inbox of every service that handles its type — "handles" meaning the consumer's inbox holds at least one event of
 * that type from any time (demo seeding, earlier phases, this one; the map found is printed). Lost = an event
 * missing from such an inbox. An inbox row is keyed by the event id, so no event can be recorded twice; applied twice
 * is checked on the effects instead (next point).</li>
 * <li><b>stories</b>: each story of the phase (OUT_DIR/PHASE-stories.csv) has its effects in every service it
 * crosses, exactly once: one DRAFT revision per adopted resolution; one active teaching appointment in curriculum per
 * approved appointment, one enrolment per section and one evaluation eligibility for it in talent; per award two
 * milestones and two tranches in incubation, in funding one RELEASED (with one disbursement) and one PENDING
 * tranche, or both CANCELLED (no disbursement) when the project was discontinued, and the same statuses in
 * incubation; one ledger per signed agreement, CLOSED, with its two entries.</li>
 * <li><b>answers</b>: by status; 5xx other than 503, and 503s outside the outage window
 * (OUT_DIR/PHASE-outage.txt: start and end in epoch ms, if there was an outage); p50/p95/p99 per step and per awaited
 * effect; the load average sampled during the phase (OUT_DIR/PHASE-loadavg.txt).</li>
 * </ul>
 * Prints the table and exits 0 if nothing was lost or applied twice, every story completed and no 5xx broke the rule.
 */
public final class StoryLoadCheck {

    static final List<String> DATABASES = List.of("governance", "talent", "curriculum", "incubation", "funding");

    private final int pgPort;
    private final Map<String, Connection> connections = new HashMap<>();

    StoryLoadCheck(int pgPort) {
        this.pgPort = pgPort;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: StoryLoadCheck PG_PORT PHASE OUT_DIR PHASE_START_MS QUIET_BOUND_S");
            System.exit(2);
        }
        StoryLoadCheck check = new StoryLoadCheck(Integer.parseInt(args[0]));
        boolean ok = check.report(args[1], Path.of(args[2]), Long.parseLong(args[3]), Long.parseLong(args[4]));
        System.exit(ok ? 0 : 1);
    }

    Connection db(String name) throws SQLException {
        Connection connection = connections.get(name);
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/" + name, name, name);
            connections.put(name, connection);
        }
        return connection;
    }

    record EventCheck(long checked, List<String> lost, long unsent, Map<String, Set<String>> handled) {
    }

    boolean report(String phase, Path out, long phaseStart, long quietBoundSeconds) throws Exception {
        long quietFrom = System.currentTimeMillis();
        EventCheck events = events(phaseStart);
        while ((events.unsent() > 0 || !events.lost().isEmpty())
                && System.currentTimeMillis() - quietFrom < quietBoundSeconds * 1000) {
            Thread.sleep(2000);
            events = events(phaseStart);
        }
        long quietAfter = (System.currentTimeMillis() - quietFrom) / 1000;
        boolean quiet = events.unsent() == 0 && events.lost().isEmpty();

        List<String> storyLines = Files.readAllLines(out.resolve(phase + "-stories.csv"));
        Map<String, int[]> storiesByKind = new TreeMap<>();  // kind -> started, driver completed, verified in the DBs
        List<String> storyProblems = new ArrayList<>();
        long duplicates = 0;
        for (String line : storyLines.subList(1, storyLines.size())) {
            String[] field = line.split(",", 6);
            String kind = field[0] + (field[2].equals("-") ? "" : " (" + field[2] + ")");
            int[] counts = storiesByKind.computeIfAbsent(kind, k -> new int[3]);
            counts[0]++;
            counts[1] += field[3].equals("completed") ? 1 : 0;
            Map<String, String> ids = ids(field[4]);
            StoryState state = verify(field[0], field[2].equals("discontinued"), ids);
            duplicates += state.duplicates();
            if (state.problems().isEmpty() && field[3].equals("completed")) {
                counts[2]++;
            } else {
                storyProblems.add(field[0] + "#" + field[1] + " " + field[3] + " " + ids + ": "
                        + (state.problems().isEmpty() ? "" : state.problems() + " ") + field[5]);
            }
        }

        StringBuilder table = new StringBuilder();
        table.append("\n== phase ").append(phase).append(" ==\n");
        table.append(String.format("quiet after %d s%s%n", quietAfter, quiet ? "" : " — NOT quiet within the bound ("
                + events.unsent() + " outbox rows unsent, " + events.lost().size() + " events missing)"));
        table.append(String.format("%-26s %8s %10s %10s%n", "story", "started", "completed", "verified"));
        int started = 0;
        int verified = 0;
        for (Map.Entry<String, int[]> kind : storiesByKind.entrySet()) {
            int[] c = kind.getValue();
            table.append(String.format("%-26s %8d %10d %10d%n", kind.getKey(), c[0], c[1], c[2]));
            started += c[0];
            verified += c[2];
        }
        table.append(String.format("%-26s %8d %10s %10d%n", "all", started, "", verified));
        table.append(String.format("events checked (outbox row x consumer inbox): %d, lost: %d, applied twice: %d%n",
                events.checked(), events.lost().size(), duplicates));
        events.lost().stream().limit(10).forEach(lost -> table.append("  lost: ").append(lost).append('\n'));
        storyProblems.stream().limit(15).forEach(problem -> table.append("  story: ").append(problem).append('\n'));
        if (storyProblems.size() > 15) {
            table.append("  ... ").append(storyProblems.size() - 15).append(" more stories with problems\n");
        }
        boolean answersOk = answers(phase, out, table);
        table.append(loadAverage(phase, out));
        table.append("consumers and the event types they handle (from their inboxes):\n");
        events.handled().forEach((consumer, types) -> table.append("  ").append(consumer).append(": ")
                .append(types).append('\n'));
        System.out.print(table);
        Files.writeString(out.resolve(phase + "-summary.txt"), table.toString());
        return quiet && duplicates == 0 && storyProblems.isEmpty() && answersOk;
    }

    // --- events -----------------------------------------------------------------------------------------------------

    EventCheck events(long phaseStart) throws SQLException {
        Map<String, Set<String>> inbox = new HashMap<>();
        Map<String, Set<String>> handled = new TreeMap<>();
        for (String consumer : DATABASES) {
            Set<String> ids = new HashSet<>();
            Set<String> types = new TreeSet<>();
            try (PreparedStatement query = db(consumer).prepareStatement("select event_id, event_type from helix_inbox");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                    types.add(shortType(rows.getString(2)));
                }
            }
            inbox.put(consumer, ids);
            handled.put(consumer, types);
        }
        long checked = 0;
        long unsent = 0;
        List<String> lost = new ArrayList<>();
        for (String producer : DATABASES) {
            try (PreparedStatement query = db(producer).prepareStatement("select event_id::text, event_type, "
                    + "sent_at is null from helix_outbox where occurred_at >= to_timestamp(? / 1000.0)")) {
                query.setLong(1, phaseStart);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        unsent += rows.getBoolean(3) ? 1 : 0;
                        String type = producer + "." + rows.getString(2);
                        for (String consumer : DATABASES) {
                            if (handled.get(consumer).contains(type)) {
                                checked++;
                                if (!inbox.get(consumer).contains(rows.getString(1))) {
                                    lost.add(type + " " + rows.getString(1) + " not in " + consumer);
                                }
                            }
                        }
                    }
                }
            }
        }
        return new EventCheck(checked, lost, unsent, handled);
    }

    /** helix.talent.ProfileRegistered → talent.ProfileRegistered (the producer's database and its outbox type). */
    static String shortType(String ceType) {
        String[] parts = ceType.split("\\.");
        return parts.length >= 3 ? parts[1] + "." + parts[parts.length - 1] : ceType;
    }

    // --- stories ----------------------------------------------------------------------------------------------------

    record StoryState(List<String> problems, long duplicates) {
    }

    StoryState verify(String kind, boolean discontinued, Map<String, String> ids) throws SQLException {
        List<String> problems = new ArrayList<>();
        long[] duplicates = {0};
        Expect expect = (db, label, sql, id, wanted) -> {
            if (id == null) {
                problems.add(label + ": no id (the story stopped before)");
                return;
            }
            String found = single(db, sql, id);
            if (!wanted.equals(found)) {
                problems.add(label + " = " + found + ", expected " + wanted);
                // counts are "n" or "matching/all": more rows than wanted is an effect applied twice
                if (label.startsWith("count") && found != null && found.matches("\\d+(/\\d+)?")) {
                    long all = Long.parseLong(found.substring(found.indexOf('/') + 1));
                    long wantedAll = Long.parseLong(wanted.substring(wanted.indexOf('/') + 1));
                    duplicates[0] += Math.max(0, all - wantedAll);
                }
            }
        };
        switch (kind) {
            case "a" -> expect.check("curriculum", "count of DRAFT revisions of the resolution", "select count(*) "
                    + "filter (where status = 'DRAFT') || '/' || count(*) from revision where resolution_id = ?::uuid",
                    ids.get("resolution"), "1/1");
            case "b" -> {
                expect.check("curriculum", "count of active teaching appointments (curriculum)", "select count(*) "
                        + "filter (where active) || '/' || count(*) from teaching_appointment where id = ?::uuid",
                        ids.get("appointment"), "1/1");
                expect.check("curriculum", "count of enrolments in the section", "select count(*) from enrolment "
                        + "where section_id = ?::uuid", ids.get("section"), "1");
                expect.check("talent", "count of evaluation eligibilities of the section (talent)",
                        "select count(*) from evaluation_eligibility where section_id = ?::uuid and not withdrawn",
                        ids.get("section"), "1");
            }
            case "c" -> {
                String tranches = discontinued ? "CANCELLED,CANCELLED" : "RELEASED,PENDING";
                expect.check("funding", "funding's tranches", "select string_agg(status, ',' order by sequence) "
                        + "from tranche where award_id = ?::uuid", ids.get("award"), tranches);
                expect.check("funding", "count of disbursements", "select count(*) from disbursement where "
                        + "award_id = ?::uuid", ids.get("award"), discontinued ? "0" : "1");
                expect.check("incubation", "count of milestones of the award", "select count(*) from milestone "
                        + "where award_id = ?::uuid", ids.get("award"), "2");
                expect.check("incubation", "incubation's tranches", "select string_agg(status, ',' order by "
                        + "sequence) from tranche where award_id = ?::uuid", ids.get("award"), tranches);
                if (!discontinued) {
                    expect.check("incubation", "count of achieved milestones", "select count(*) from milestone "
                            + "where award_id = ?::uuid and status = 'ACHIEVED'", ids.get("award"), "1");
                }
            }
            default -> {
                expect.check("funding", "count of CLOSED ledgers of the agreement", "select count(*) filter (where "
                        + "status = 'CLOSED') || '/' || count(*) from ledger where agreement_id = ?::uuid",
                        ids.get("agreement"), "1/1");
                expect.check("funding", "count of ledger entries", "select count(*) from ledger_entry e join ledger l "
                        + "on l.id = e.ledger_id where l.agreement_id = ?::uuid", ids.get("agreement"), "2");
            }
        }
        return new StoryState(problems, duplicates[0]);
    }

    interface Expect {
        void check(String db, String label, String sql, String id, String wanted) throws SQLException;
    }

    String single(String db, String sql, String id) throws SQLException {
        try (PreparedStatement query = db(db).prepareStatement(sql)) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    static Map<String, String> ids(String field) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (!field.isBlank()) {
            for (String pair : field.split(";")) {
                String[] kv = pair.split("=", 2);
                ids.put(kv[0], kv[1]);
            }
        }
        return ids;
    }

    // --- answers ----------------------------------------------------------------------------------------------------

    static boolean answers(String phase, Path out, StringBuilder table) throws IOException {
        long outageStart = Long.MAX_VALUE;
        long outageEnd = Long.MIN_VALUE;
        Path outage = out.resolve(phase + "-outage.txt");
        if (Files.exists(outage)) {
            String[] window = Files.readString(outage).trim().split("\\s+");
            outageStart = Long.parseLong(window[0]);
            outageEnd = Long.parseLong(window[1]);
        }
        Map<Integer, Long> byStatus = new TreeMap<>();
        Map<String, List<Long>> latencies = new TreeMap<>();
        long serverErrors = 0;
        long unavailableOutside = 0;
        long unavailableInside = 0;
        List<String> lines = Files.readAllLines(out.resolve(phase + "-requests.csv"));
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            long at = Long.parseLong(f[0]);
            int status = Integer.parseInt(f[3]);
            first = Math.min(first, at);
            last = Math.max(last, at);
            byStatus.merge(status, 1L, Long::sum);
            latencies.computeIfAbsent(f[1] + "." + f[2], k -> new ArrayList<>()).add(Long.parseLong(f[4]));
            boolean inOutage = at >= outageStart && at <= outageEnd;
            if (status == 503) {
                if (inOutage) {
                    unavailableInside++;
                } else {
                    unavailableOutside++;
                }
            } else if (status >= 500 || status == 0) {
                serverErrors++;
            }
        }
        long seconds = Math.max(1, (last - first) / 1000);
        table.append(String.format("answers: %d in %d s (%.1f/s); by status: %s%n", lines.size() - 1, seconds,
                (lines.size() - 1) / (double) seconds, byStatus));
        table.append(String.format("5xx other than 503 (0 = no answer): %d; 503 inside the outage window: %d, "
                + "outside it: %d%n", serverErrors, unavailableInside, unavailableOutside));
        table.append(String.format("%-34s %7s %9s %9s %9s%n", "step (answers, ms)", "n", "p50", "p95", "p99"));
        latencies.forEach((step, values) -> table.append(percentiles(step, values, 1000.0)));
        List<String> waitLines = Files.readAllLines(out.resolve(phase + "-waits.csv"));
        Map<String, List<Long>> waits = new TreeMap<>();
        for (String line : waitLines.subList(1, waitLines.size())) {
            String[] f = line.split(",");
            waits.computeIfAbsent(f[0] + "." + f[1] + (f[3].equals("true") ? "" : " (gave up)"),
                    k -> new ArrayList<>()).add(Long.parseLong(f[2]) * 1000);
        }
        table.append(String.format("%-34s %7s %9s %9s %9s%n", "awaited effect (polled 1/s, ms)", "n", "p50", "p95",
                "p99"));
        waits.forEach((step, values) -> table.append(percentiles(step, values, 1000.0)));
        return serverErrors == 0 && unavailableOutside == 0;
    }

    static String percentiles(String name, List<Long> micros, double divisor) {
        List<Long> sorted = new ArrayList<>(micros);
        sorted.sort(null);
        return String.format("%-34s %7d %9.1f %9.1f %9.1f%n", name, sorted.size(), at(sorted, 0.50) / divisor,
                at(sorted, 0.95) / divisor, at(sorted, 0.99) / divisor);
    }

    static long at(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static String loadAverage(String phase, Path out) throws IOException {
        Path file = out.resolve(phase + "-loadavg.txt");
        if (!Files.exists(file)) {
            return "load average: not sampled\n";
        }
        List<Double> samples = Files.readAllLines(file).stream().filter(line -> !line.isBlank())
                .map(line -> Double.parseDouble(line.split("\\s+")[0])).toList();
        double mean = samples.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double max = samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return String.format("load average (1 min, sampled every 10 s on %d cores): mean %.1f, max %.1f%n",
                Runtime.getRuntime().availableProcessors(), mean, max);
    }
}
