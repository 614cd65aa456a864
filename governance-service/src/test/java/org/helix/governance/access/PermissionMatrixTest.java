package org.helix.governance.access;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.helix.governance.GovernanceFixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks {@link PermissionTable} against the running service — every governance endpoint, every kind of caller —
 * and checks the README's permission matrix is the table rendered, so the documentation cannot drift from the code.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "governance"))
class PermissionMatrixTest {

    static final String README_START = "<!-- permission-matrix: generated from PermissionTable, checked by PermissionMatrixTest -->";
    static final String README_END = "<!-- /permission-matrix -->";

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() throws Exception {
        PermissionWorld world = new PermissionWorld();
        List<PermissionTable.Row> rows = PermissionTable.rows();
        // rows are independent (each prepares its own records), so they are walked a few at a time
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> mismatches = new ArrayList<>();
        try {
            for (Future<List<String>> row : pool.invokeAll(rows.stream()
                    .map(row -> (Callable<List<String>>) () -> walk(world, row)).toList())) {
                mismatches.addAll(row.get());
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("Permission table: %d endpoints, %d cells%n", rows.size(),
                rows.size() * PermissionTable.Caller.values().length);
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    /**
     * Calls one endpoint as every caller. A refused call changes nothing, so the refused callers share one prepared
     * record (and go first); each caller expected to succeed, except the first, gets a fresh one.
     */
    private static List<String> walk(PermissionWorld world, PermissionTable.Row row) {
        List<String> mismatches = new ArrayList<>();
        PermissionTable.Caller[] callers = PermissionTable.Caller.values();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < callers.length; i++) {
            if (!succeeds(row.expected().get(i))) {
                order.add(i);
            }
        }
        for (int i = 0; i < callers.length; i++) {
            if (succeeds(row.expected().get(i))) {
                order.add(i);
            }
        }
        String shared = null;
        boolean sharedUsedForSuccess = false;
        for (int i : order) {
            String expected = row.expected().get(i);
            String path;
            if (!succeeds(expected) || !sharedUsedForSuccess) {
                shared = shared != null ? shared : row.path().apply(world);
                path = shared;
                sharedUsedForSuccess |= succeeds(expected);
            } else {
                path = row.path().apply(world);
            }
            String actual = call(world, row, callers[i], path);
            if (!expected.equals(actual)) {
                mismatches.add(row.label() + " as " + callers[i].user + ": expected " + expected + ", got " + actual);
            }
        }
        return mismatches;
    }

    @Test
    void theReadmeMatrixIsTheTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(README_START);
        int end = readme.indexOf(README_END);
        assertTrue(start >= 0 && end > start, "README.md lacks the permission matrix markers");
        String documented = readme.substring(start + README_START.length(), end).strip();
        assertEquals(markdown(), documented, "README.md's permission matrix differs from PermissionTable; paste the "
                + "expected text between the markers");
    }

    /** The table as the README shows it. */
    static String markdown() {
        StringBuilder table = new StringBuilder("| endpoint (under `/api/governance`) |");
        for (PermissionTable.Caller caller : PermissionTable.Caller.values()) {
            table.append(' ').append(caller.heading).append(" |");
        }
        table.append("\n|---|").append("---|".repeat(PermissionTable.Caller.values().length));
        for (PermissionTable.Row row : PermissionTable.rows()) {
            table.append("\n| `").append(row.label().replaceFirst(" \\(", "` (").replaceFirst("^([^`]*)$", "$1`"))
                    .append(" | ");
            table.append(row.expected().stream().map(PermissionMatrixTest::cell).collect(Collectors.joining(" | ")));
            table.append(" |");
        }
        return table.toString().replace("`` ", "` ");
    }

    private static String cell(String status) {
        return switch (status) {
            case PermissionTable.LEFT_OUT -> "200, left out";
            case PermissionTable.OK -> "200";
            default -> status;
        };
    }

    /** A call that changes state when the table is right: a 2xx on anything but a read. */
    private static boolean succeeds(String expected) {
        return expected.startsWith("2");
    }

    private static String call(PermissionWorld world, PermissionTable.Row row, PermissionTable.Caller caller,
            String relativePath) {
        String path = "/api/governance" + relativePath;
        Object body = row.body().apply(world, caller);
        RequestSpecification request = as(caller.user);
        if (body != null) {
            request = request.body(body);
        }
        Response response = request.request(row.method(), path);
        String status = String.valueOf(response.statusCode());
        if (row.listedId() != null && response.statusCode() == 200) {
            List<String> ids = response.jsonPath().getList("items.id", String.class);
            return ids.contains(row.listedId().apply(world)) ? PermissionTable.LISTED : PermissionTable.LEFT_OUT;
        }
        return status;
    }
}
