package org.helix.platform.testing;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Who may do what in a service, as one table: rows (one endpoint in one situation) × callers (demo users) → the
 * status each caller gets. A service's {@code PermissionMatrixTest} declares its callers, its rows and the records
 * they need; this class walks the table against the running service, renders it as the README's permission matrix and
 * checks the README shows exactly that, and checks that every operation of the service's OpenAPI document has a row.
 * <pre>{@code
 * new PermissionMatrix(API, CALLERS, rows())
 *         .assertHolds(OpenApiConformance.load("/q/openapi?format=json"), Path.of("README.md"));
 * }</pre>
 * A row's label starts with the operation it exercises, {@code "METHOD /path"} as the document writes it (path
 * variables may be named differently, a query may follow), then optionally the situation in parentheses:
 * {@code "POST /appointments/{id}/approvals (PROPOSED)"}. An expected status is the HTTP status as a string; a list
 * row (one with a {@code shows} check) expects {@link #LISTED} when a 200 answer holds the record and
 * {@link #LEFT_OUT} when it leaves it out — another organisation's private record is a 404, and never in a list.
 */
public final class PermissionMatrix {

    /** A 200 answer that holds the row's record. */
    public static final String LISTED = "200";
    /** A 200 answer that leaves the row's record out. */
    public static final String LEFT_OUT = "200-";

    /** A column of the table: its heading in the README and the demo user whose token makes the calls. */
    public record Caller(String heading, String user) {
    }

    /**
     * One endpoint in one situation. {@code path} (relative to the service's API prefix) is asked for once per call:
     * a supplier that makes a record gives every call a record of its own, {@link #fresh} shares one until a call
     * succeeds on it. {@code body} (null for none) is made per call, after the path. {@code shows}, when set, tells
     * whether a 200 answer holds the row's record.
     */
    public record Row(String label, Supplier<String> path, Function<Caller, Object> body, Predicate<Response> shows,
            List<String> expected) {

        public Row {
            if (!label.matches("[A-Z]+ /.*")) {
                throw new IllegalArgumentException("a row's label is \"METHOD /path (situation)\": " + label);
            }
            expected = List.copyOf(expected);
        }

        public String method() {
            return label.substring(0, label.indexOf(' '));
        }

        /** {@code "METHOD /path"} with query and situation cut off, e.g. {@code "GET /things/{id}"}. */
        public String operation() {
            String operation = label.contains(" (") ? label.substring(0, label.indexOf(" (")) : label;
            return operation.contains("?") ? operation.substring(0, operation.indexOf('?')) : operation;
        }
    }

    /** A read (or a write without a body): the method is the label's. */
    public static Row row(String label, Supplier<String> path, String... expected) {
        return new Row(label, path, caller -> null, null, List.of(expected));
    }

    /** A write with a body made per call (from the caller, for a body that names the caller's organisation). */
    public static Row row(String label, Supplier<String> path, Function<Caller, Object> body, String... expected) {
        return new Row(label, path, body, null, List.of(expected));
    }

    /** A list (a GET with {@code items[].id}) that must hold {@code listedId} for {@link #LISTED}. */
    public static Row list(String label, Supplier<String> path, Supplier<String> listedId, String... expected) {
        return shows(label, path, response -> response.jsonPath().getList("items.id", String.class)
                .contains(listedId.get()), expected);
    }

    /** A read whose 200 answer holds the row's record ({@link #LISTED}) or not ({@link #LEFT_OUT}): {@code shows}. */
    public static Row shows(String label, Supplier<String> path, Predicate<Response> shows, String... expected) {
        return new Row(label, path, caller -> null, shows, List.of(expected));
    }

    /**
     * A path to a record made for the row, made again only after a call succeeded (2xx) on it: a refused call leaves
     * the record as it was, so the next caller can use it too.
     */
    public static Supplier<String> fresh(Supplier<String> maker) {
        return new Fresh(maker);
    }

    /** How the README shows the table. */
    public record Style(String endpointHeading, boolean codeOnlyTheOperation, String leftOutCell) {

        /** {@code | endpoint | ...}, each label in code, a left-out list cell as {@code 200-}. */
        public static final Style PLAIN = new Style("endpoint", false, LEFT_OUT);
    }

    private final String api;
    private final List<Caller> callers;
    private final List<Row> rows;
    private final Style style;

    public PermissionMatrix(String api, List<Caller> callers, List<Row> rows) {
        this(api, callers, rows, Style.PLAIN);
    }

    public PermissionMatrix(String api, List<Caller> callers, List<Row> rows, Style style) {
        this.api = api;
        this.callers = List.copyOf(callers);
        this.rows = List.copyOf(rows);
        this.style = style;
        for (Row row : rows) {
            if (row.expected().size() != callers.size()) {
                throw new IllegalArgumentException(row.label() + " expects " + row.expected().size()
                        + " statuses for " + callers.size() + " callers");
            }
        }
    }

    /** Callers from {@code heading, user} pairs, in the table's column order. */
    public static List<Caller> callers(String... headingsAndUsers) {
        if (headingsAndUsers.length % 2 != 0) {
            throw new IllegalArgumentException("callers come as heading, user pairs");
        }
        List<Caller> callers = new ArrayList<>();
        for (int i = 0; i < headingsAndUsers.length; i += 2) {
            callers.add(new Caller(headingsAndUsers[i], headingsAndUsers[i + 1]));
        }
        return callers;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * The three checks at once, each reported even when another fails: every documented operation has a row, every
     * caller gets what the table says (rows walked one after another), the README shows the table.
     */
    public void assertHolds(OpenApiConformance document, Path readme) {
        assertHolds(document, readme, 1);
    }

    /** As {@link #assertHolds(OpenApiConformance, Path)}, walking {@code parallelRows} rows at a time. */
    public void assertHolds(OpenApiConformance document, Path readme, int parallelRows) {
        assertAll("permission matrix of " + api, () -> assertEveryOperationHasARow(document),
                () -> assertEveryCallerGetsWhatTheTableSays(parallelRows), () -> assertReadmeShowsIt(readme));
    }

    /** Calls every row as every caller, one row after another, and fails listing every cell that differs. */
    public void assertEveryCallerGetsWhatTheTableSays() {
        assertEveryCallerGetsWhatTheTableSays(1);
    }

    /**
     * As {@link #assertEveryCallerGetsWhatTheTableSays()}, walking {@code parallelRows} rows at a time: for tables
     * whose rows prepare their own records and do not depend on one another.
     */
    public void assertEveryCallerGetsWhatTheTableSays(int parallelRows) {
        List<String> mismatches = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(parallelRows);
        try {
            List<Callable<List<String>>> walks = rows.stream().map(row -> (Callable<List<String>>) () -> walk(row))
                    .toList();
            for (Future<List<String>> walked : pool.invokeAll(walks)) {
                mismatches.addAll(walked.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("preparing a row's records failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        System.out.printf("Permission matrix of %s: %d rows, %d cells%n", api, rows.size(),
                rows.size() * callers.size());
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    private List<String> walk(Row row) {
        List<String> mismatches = new ArrayList<>();
        for (int c = 0; c < callers.size(); c++) {
            Caller caller = callers.get(c);
            String path = row.path().get();
            RequestSpecification request = given().auth().oauth2(Tokens.user(caller.user()))
                    .contentType(ContentType.JSON);
            Object body = row.body().apply(caller);
            if (body != null) {
                request.body(body);
            }
            Response response = request.request(row.method(), api + path);
            if (row.path() instanceof Fresh fresh && response.statusCode() >= 200 && response.statusCode() < 300) {
                fresh.spent();
            }
            String actual = String.valueOf(response.statusCode());
            if (row.shows() != null && response.statusCode() == 200) {
                actual = row.shows().test(response) ? LISTED : LEFT_OUT;
            }
            String expected = row.expected().get(c);
            if (!expected.equals(actual)) {
                mismatches.add(row.label() + " as " + caller.heading() + ": expected " + expected + ", got " + actual
                        + " " + response.asString());
            }
        }
        return mismatches;
    }

    /** The table as the README shows it: a Markdown table, one line per row, no trailing newline. */
    public String markdown() {
        StringBuilder table = new StringBuilder("| ").append(style.endpointHeading()).append(" |");
        callers.forEach(caller -> table.append(' ').append(caller.heading()).append(" |"));
        table.append("\n|---|").append("---|".repeat(callers.size()));
        for (Row row : rows) {
            table.append("\n| ").append(labelCell(row.label())).append(" | ");
            table.append(row.expected().stream().map(this::cell).collect(Collectors.joining(" | "))).append(" |");
        }
        return table.toString();
    }

    private String labelCell(String label) {
        int situation = label.indexOf(" (");
        if (style.codeOnlyTheOperation() && situation > 0) {
            return "`" + label.substring(0, situation) + "`" + label.substring(situation);
        }
        return "`" + label + "`";
    }

    private String cell(String status) {
        return LEFT_OUT.equals(status) ? style.leftOutCell() : status;
    }

    /** Fails unless the README at {@code readme} holds the table, whole: {@link #readmeTable} equals the rendering. */
    public void assertReadmeShowsIt(Path readme) {
        String text;
        try {
            text = Files.readString(readme);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String table = markdown();
        String documented = readmeTable(text, table.substring(0, table.indexOf('\n')));
        if (!table.equals(documented)) {
            fail(readme + "'s permission matrix differs from the table" + (documented == null
                    ? " (no table with its heading line)" : "") + "; it should be:\n" + table);
        }
    }

    /**
     * The Markdown table in {@code readme} whose heading line is {@code headingLine}: that line and every line right
     * after it that starts with {@code |}, trailing whitespace removed; null when no line is the heading.
     */
    public static String readmeTable(String readme, String headingLine) {
        List<String> lines = readme.lines().map(String::stripTrailing).toList();
        int start = lines.indexOf(headingLine.strip());
        if (start < 0) {
            return null;
        }
        int end = start + 1;
        while (end < lines.size() && lines.get(end).startsWith("|")) {
            end++;
        }
        return String.join("\n", lines.subList(start, end));
    }

    /** Fails naming every documented operation (under the API prefix) without a row, and every row naming none. */
    public void assertEveryOperationHasARow(OpenApiConformance document) {
        Set<String> documented = document.operations(api);
        Coverage coverage = coverage(documented, rows);
        assertTrue(coverage.complete(), "operations without a row in the permission table: "
                + new TreeSet<>(coverage.missing()) + "; rows naming no documented operation: "
                + new TreeSet<>(coverage.unknown()));
    }

    /** The documented operations no row exercises, and the rows' operations the document lacks. */
    public record Coverage(Set<String> missing, Set<String> unknown) {

        public boolean complete() {
            return missing.isEmpty() && unknown.isEmpty();
        }
    }

    /**
     * Compares {@code documented} operations ({@code "METHOD /path"}, see {@link OpenApiConformance#operations})
     * with the rows' operations; path variables match whatever their names ({@code {id}} = {@code {projectId}}).
     */
    public static Coverage coverage(Set<String> documented, Collection<Row> rows) {
        Set<String> covered = rows.stream().map(row -> shape(row.operation())).collect(Collectors.toSet());
        Set<String> documentedShapes = documented.stream().map(PermissionMatrix::shape).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        documented.stream().filter(operation -> !covered.contains(shape(operation))).forEach(missing::add);
        Set<String> unknown = new TreeSet<>();
        rows.stream().map(Row::operation).filter(operation -> !documentedShapes.contains(shape(operation)))
                .forEach(unknown::add);
        return new Coverage(missing, unknown);
    }

    private static String shape(String operation) {
        String[] methodAndPath = operation.split(" ", 2);
        return methodAndPath[0].toUpperCase(Locale.ROOT) + " " + Arrays.stream(methodAndPath[1].split("/", -1))
                .map(segment -> segment.startsWith("{") && segment.endsWith("}") ? "{}" : segment)
                .collect(Collectors.joining("/"));
    }

    /** See {@link #fresh}. */
    static final class Fresh implements Supplier<String> {

        private final Supplier<String> maker;
        private String current;

        Fresh(Supplier<String> maker) {
            this.maker = maker;
        }

        @Override
        public synchronized String get() {
            if (current == null) {
                current = maker.get();
            }
            return current;
        }

        synchronized void spent() {
            current = null;
        }
    }
}
