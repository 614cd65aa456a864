package org.helix.platform.testing;

import org.helix.platform.testing.PermissionMatrix.Row;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.helix.platform.testing.PermissionMatrix.LEFT_OUT;
import static org.helix.platform.testing.PermissionMatrix.LISTED;
import static org.helix.platform.testing.PermissionMatrix.callers;
import static org.helix.platform.testing.PermissionMatrix.coverage;
import static org.helix.platform.testing.PermissionMatrix.list;
import static org.helix.platform.testing.PermissionMatrix.readmeTable;
import static org.helix.platform.testing.PermissionMatrix.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure parts of the permission-table engine: rendering, the README table, coverage, fresh records. */
class PermissionMatrixTest {

    static final List<PermissionMatrix.Caller> CALLERS = callers("admin", "admin", "other org's rep", "rep-2");
    static final List<Row> ROWS = List.of(
            row("GET /things/{id}", () -> "/things/1", "200", "404"),
            row("POST /things (for its own organisation)", () -> "/things", caller -> null, "201", "403"),
            list("GET /things?owner={an owner} (with a private one)", () -> "/things", () -> "1", LISTED, LEFT_OUT));

    @Test
    void rendersOneLinePerRowWithTheLabelInCode() {
        assertEquals("""
                | endpoint | admin | other org's rep |
                |---|---|---|
                | `GET /things/{id}` | 200 | 404 |
                | `POST /things (for its own organisation)` | 201 | 403 |
                | `GET /things?owner={an owner} (with a private one)` | 200 | 200- |""",
                new PermissionMatrix("/api/x", CALLERS, ROWS).markdown());
    }

    @Test
    void aStyleCanPutOnlyTheOperationInCodeAndSpellOutLeftOut() {
        PermissionMatrix.Style style = new PermissionMatrix.Style("endpoint (under `/api/x`)", true,
                "200, left out");
        assertEquals("""
                | endpoint (under `/api/x`) | admin | other org's rep |
                |---|---|---|
                | `GET /things/{id}` | 200 | 404 |
                | `POST /things` (for its own organisation) | 201 | 403 |
                | `GET /things?owner={an owner}` (with a private one) | 200 | 200, left out |""",
                new PermissionMatrix("/api/x", CALLERS, ROWS, style).markdown());
    }

    @Test
    void theReadmeTableIsTheWholeTableUnderItsHeadingLine() {
        String table = new PermissionMatrix("/api/x", CALLERS, ROWS).markdown();
        String heading = table.substring(0, table.indexOf('\n'));
        String readme = "# X\n\nWho may do what:\n\n" + table.replace("\n", "  \n") + "\n\nMore text.\n";
        assertEquals(table, readmeTable(readme, heading), "trailing whitespace does not count");

        String withAnExtraRow = "intro\n" + table + "\n| `DELETE /things/{id}` | 204 | 404 |\n";
        assertNotEquals(table, readmeTable(withAnExtraRow, heading), "a row the table lacks is seen");
        assertNull(readmeTable("no table here\n", heading));
    }

    @Test
    void everyDocumentedOperationNeedsARowWhateverItsPathVariablesAreCalled() {
        Set<String> documented = Set.of("GET /things/{thingId}", "POST /things", "GET /things",
                "DELETE /things/{thingId}");
        PermissionMatrix.Coverage coverage = coverage(documented, ROWS);
        assertEquals(Set.of("DELETE /things/{thingId}"), coverage.missing());
        assertEquals(Set.of(), coverage.unknown());

        PermissionMatrix.Coverage withAStrayRow = coverage(Set.of("GET /things/{id}", "POST /things", "GET /things"),
                List.of(ROWS.get(0), ROWS.get(1), ROWS.get(2), row("PUT /thing/{id}", () -> "/thing/1", "200", "404")));
        assertEquals(Set.of("PUT /thing/{id}"), withAStrayRow.unknown());
        assertTrue(coverage(Set.of("GET /things/{id}", "POST /things", "GET /things"), ROWS).complete());
    }

    @Test
    void theCoverageCheckFailsForADocumentedOperationWithoutARow() {
        OpenApiConformance document = OpenApiConformance.of("doc", """
                {"openapi": "3.1.0", "paths": {"/api/x/things/{thingId}": {"get": {}},
                 "/api/x/things": {"get": {}, "post": {}, "delete": {}}}}""");
        PermissionMatrix matrix = new PermissionMatrix("/api/x", CALLERS, ROWS);
        AssertionError failure = assertThrows(AssertionError.class,
                () -> matrix.assertEveryOperationHasARow(document));
        assertTrue(failure.getMessage().contains("[DELETE /things]"), failure.getMessage());
        matrix.assertEveryOperationHasARow(OpenApiConformance.of("doc", """
                {"openapi": "3.1.0", "paths": {"/api/x/things/{thingId}": {"get": {}},
                 "/api/x/things": {"get": {}, "post": {}}}}"""));
    }

    @Test
    void aRowsOperationIsItsLabelWithoutQueryAndSituation() {
        assertEquals("GET /things", ROWS.get(2).operation());
        assertEquals("GET", ROWS.get(2).method());
        assertEquals("POST /things", ROWS.get(1).operation());
        assertThrows(IllegalArgumentException.class, () -> row("things", () -> "/things", "200", "200"));
    }

    @Test
    void aRowNeedsOneStatusPerCaller() {
        assertThrows(IllegalArgumentException.class, () -> new PermissionMatrix("/api/x", CALLERS,
                List.of(row("GET /things", () -> "/things", "200"))));
    }

    @Test
    void aFreshRecordIsMadeAgainOnlyAfterACallSucceededOnIt() {
        AtomicInteger made = new AtomicInteger();
        Supplier<String> path = PermissionMatrix.fresh(() -> "/things/" + made.incrementAndGet());
        assertEquals("/things/1", path.get());
        assertEquals("/things/1", path.get(), "a refused call leaves it for the next caller");
        ((PermissionMatrix.Fresh) path).spent();
        assertEquals("/things/2", path.get());
    }
}
