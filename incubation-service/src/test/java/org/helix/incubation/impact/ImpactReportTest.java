package org.helix.incubation.impact;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.equalTo;
import static org.helix.incubation.IncubationFixtures.API;
import static org.helix.incubation.IncubationFixtures.LAKESIDE_POLYTECHNIC;
import static org.helix.incubation.IncubationFixtures.RIVERSIDE_COLLEGE;
import static org.helix.incubation.IncubationFixtures.as;
import static org.helix.incubation.IncubationFixtures.demoOrganisations;
import static org.helix.incubation.IncubationFixtures.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The impact report across projects: its totals are the sums of the monthly metrics entered (per currency), its rows
 * the sums per month, school and sector; admin, secretariat and gov-officer see every school's, a school's
 * representative their school's, anyone else an empty report. The projects of this test share a sector of their own,
 * so other tests' metrics stay out of the figures.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "incubation"))
class ImpactReportTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** What a project entered for a month. */
    private record Entry(UUID project, UUID school, YearMonth month, String revenue, String currency, int jobs,
            int customers) {
    }

    @Test
    void theTotalsAreTheSumsOfTheMonthlyMetricsEnteredAndEachCallerSeesTheirSchoolsOnly() throws Exception {
        String sector = "Impact-" + UUID.randomUUID().toString().substring(0, 8);
        UUID riversideA = incubating(RIVERSIDE_COLLEGE, sector);
        UUID riversideB = incubating(RIVERSIDE_COLLEGE, sector);
        UUID lakeside = incubating(LAKESIDE_POLYTECHNIC, sector);
        YearMonth now = YearMonth.now();
        List<Entry> entries = List.of(
                new Entry(riversideA, RIVERSIDE_COLLEGE, now.minusMonths(2), "100.10", "CNY", 2, 5),
                new Entry(riversideA, RIVERSIDE_COLLEGE, now.minusMonths(1), "200.25", "CNY", 3, 7),
                new Entry(riversideA, RIVERSIDE_COLLEGE, now, "50.00", "CNY", 3, 9),
                new Entry(riversideB, RIVERSIDE_COLLEGE, now.minusMonths(1), "999.99", "CNY", 1, 1),
                new Entry(riversideB, RIVERSIDE_COLLEGE, now, "10.00", "EUR", 1, 2),
                new Entry(lakeside, LAKESIDE_POLYTECHNIC, now, "300.00", "CNY", 4, 11));
        for (Entry entry : entries) {
            as(entry.school().equals(LAKESIDE_POLYTECHNIC) ? "school-admin-2" : "student").body(Map.of("revenue",
                            entry.revenue(), "currency", entry.currency(), "jobs", entry.jobs(),
                            "customers", entry.customers()))
                    .put(API + "/projects/" + entry.project() + "/metrics/" + entry.month()).then().statusCode(200);
        }
        String range = "?size=100&sector=" + sector + "&from=" + now.minusMonths(2) + "&to=" + now;

        for (String everything : List.of("admin", "secretariat", "gov-officer")) {
            assertReport(everything, range, entries, e -> true);
        }
        assertReport("school-admin", range, entries, e -> e.school().equals(RIVERSIDE_COLLEGE));
        assertReport("school-admin-2", range, entries, e -> e.school().equals(LAKESIDE_POLYTECHNIC));
        for (String nobody : List.of("student", "teacher", "expert", "enterprise-rep", "funder")) {
            assertReport(nobody, range, entries, e -> false);
        }
        // a month outside the range is left out; a school filter narrows
        assertReport("admin", "?sector=" + sector + "&from=" + now.minusMonths(1) + "&to=" + now, entries,
                e -> !e.month().equals(now.minusMonths(2)));
        assertReport("admin", range + "&school=" + LAKESIDE_POLYTECHNIC, entries,
                e -> e.school().equals(LAKESIDE_POLYTECHNIC));
        assertReport("school-admin", range + "&school=" + LAKESIDE_POLYTECHNIC, entries, e -> false);

        // rows are paged, the totals stay those of the whole report
        as("admin").get(API + "/reports/impact" + range.replace("size=100", "size=2")).then().statusCode(200)
                .body("rows.total", equalTo(5)).body("rows.totalPages", equalTo(3))
                .body("rows.items.size()", equalTo(2)).body("totals.size()", equalTo(2));
    }

    @Test
    void aRangeIsBoundedAndMalformedParametersAreNamed() {
        as("admin").get(API + "/reports/impact?from=2026-13").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as("admin").get(API + "/reports/impact?from=2026-05&to=2026-04").then().statusCode(422)
                .body("errors[0].field", equalTo("from"));
        // at most 120 months: 2017-01..2026-12 is, 2016-12..2026-12 is not
        as("admin").get(API + "/reports/impact?from=2017-01&to=2026-12").then().statusCode(200);
        as("admin").get(API + "/reports/impact?from=2016-12&to=2026-12").then().statusCode(422)
                .body("errors[0].field", equalTo("to"));
        as("admin").get(API + "/reports/impact?sort=month").then().statusCode(400);
        as("admin").get(API + "/reports/impact").then().statusCode(200).body("to", equalTo(YearMonth.now()
                .toString())).body("from", equalTo(YearMonth.now().minusMonths(11).toString()));
    }

    /** The caller's report holds exactly the entries {@code seen} lets through: rows and totals recomputed here. */
    private static void assertReport(String user, String query, List<Entry> entries, Predicate<Entry> seen)
            throws Exception {
        JsonNode report = JSON.readTree(as(user).get(API + "/reports/impact" + query).then().statusCode(200)
                .extract().asString());
        List<Entry> visible = entries.stream().filter(seen).toList();

        Map<String, List<Entry>> byCurrency = new TreeMap<>(visible.stream()
                .collect(Collectors.groupingBy(Entry::currency)));
        List<String> expectedTotals = new ArrayList<>();
        byCurrency.forEach((currency, of) -> expectedTotals.add(figures(currency, of)));
        List<String> totals = new ArrayList<>();
        report.path("totals").forEach(t -> totals.add(figures(t)));
        assertEquals(expectedTotals, totals, user + "'s totals of " + query);

        Map<String, List<Entry>> byRow = new TreeMap<>(visible.stream().collect(Collectors.groupingBy(
                e -> e.month() + " " + (e.school().equals(LAKESIDE_POLYTECHNIC) ? "Lakeside" : "Riverside") + " "
                        + e.currency())));
        List<String> expectedRows = new ArrayList<>();
        byRow.forEach((key, of) -> expectedRows.add(of.get(0).month() + " " + of.get(0).school() + " "
                + figures(of.get(0).currency(), of)));
        List<String> rows = new ArrayList<>();
        report.path("rows").path("items").forEach(r -> rows.add(r.path("month").asText() + " "
                + r.path("schoolId").asText() + " " + figures(r)));
        assertEquals(expectedRows, rows, user + "'s rows of " + query);
    }

    private static String figures(String currency, List<Entry> entries) {
        BigDecimal revenue = entries.stream().map(e -> new BigDecimal(e.revenue())).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        long projects = entries.stream().map(Entry::project).distinct().count();
        return currency + " projects=" + projects + " revenue=" + revenue.setScale(2) + " jobs="
                + entries.stream().mapToInt(Entry::jobs).sum() + " customers="
                + entries.stream().mapToInt(Entry::customers).sum();
    }

    private static String figures(JsonNode node) {
        return node.path("currency").asText() + " projects=" + node.path("projectsReporting").asLong()
                + " revenue=" + node.path("revenue").decimalValue().setScale(2) + " jobs=" + node.path("jobs").asLong()
                + " customers=" + node.path("customers").asLong();
    }

    /** An INCUBATING project of the school in the sector (a Riverside one led by the demo student). */
    private static UUID incubating(UUID school, String sector) {
        demoOrganisations();
        boolean riverside = school.equals(RIVERSIDE_COLLEGE);
        String representative = riverside ? "school-admin" : "school-admin-2";
        Map<String, Object> body = submission(school, riverside ? null : "lakeside-student-" + UUID.randomUUID());
        body.put("sector", sector);
        String id = as(riverside ? "student" : representative).body(body).post(API + "/projects").then()
                .statusCode(201).extract().path("id");
        as(representative).post(API + "/projects/" + id + "/screening").then().statusCode(200);
        as("admin").body(Map.of("overrideReason", "impact report test")).post(API + "/projects/" + id
                + "/admission").then().statusCode(200);
        return UUID.fromString(Objects.requireNonNull(id));
    }
}
