package org.helix.funding.access;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.helix.funding.FundingFixtures.API;
import static org.helix.funding.FundingFixtures.ASSOCIATION;
import static org.helix.funding.FundingFixtures.DEVELOPMENT_BANK;
import static org.helix.funding.FundingFixtures.GOVERNANCE;
import static org.helix.funding.FundingFixtures.NOVA_MANUFACTURING;
import static org.helix.funding.FundingFixtures.PATIENCE;
import static org.helix.funding.FundingFixtures.RIVERSIDE_COLLEGE;
import static org.helix.funding.FundingFixtures.application;
import static org.helix.funding.FundingFixtures.as;
import static org.helix.funding.FundingFixtures.award;
import static org.helix.funding.FundingFixtures.callTerms;
import static org.helix.funding.FundingFixtures.demoOrganisations;
import static org.helix.funding.FundingFixtures.openCall;
import static org.helix.funding.FundingFixtures.scores;
import static org.helix.funding.FundingFixtures.subjectOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may do what, as one table: endpoint × caller → status, walked against the running service. The world: a SCHOOL
 * call of Helix Development Bank (user "funder"), Riverside's application to it (user "school-admin") reviewed by the
 * association's representative, an award on it, and the ledger of an agreement between Riverside and Nova. "other
 * org's rep" represents Lakeside, the gov-officer the Provincial Department (neither party nor reviewer). A list cell
 * {@code 200} means the record is in the list, {@code 200-} that the list leaves it out. The table is rendered into
 * the README's permission matrix and checked against it.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class PermissionMatrixTest {

    private static final String[][] CALLERS = {
            {"admin", "admin"}, {"secretariat", "secretariat"}, {"funder's rep (funder)", "funder"},
            {"applicant's rep (school-admin)", "school-admin"}, {"assigned reviewer (association-rep)",
            "association-rep"}, {"other org's rep (school-admin-2)", "school-admin-2"},
            {"gov-officer (other org)", "gov-officer"}, {"student of the applicant", "student"}};

    private record Row(String label, String method, Supplier<String> path, Function<String, Object> body,
            Supplier<String> listed, List<String> expected) {
    }

    private UUID call;
    private UUID application;
    private UUID award;
    private String awardCall;
    private UUID agreement;
    private String ledger;

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() throws Exception {
        demoOrganisations();
        call = openCall("funder", schoolCall());
        application = freshApplication(call);
        award = freshAward();
        awardCall = as("funder").get(API + "/awards/" + award).then().extract().path("callId");
        agreement = UUID.randomUUID();
        signAgreement(agreement);
        await().atMost(PATIENCE).until(() -> as("admin").get(API + "/reports/agreements/" + agreement)
                .statusCode() == 200);
        ledger = as("admin").get(API + "/reports/agreements/" + agreement).then().extract().path("id");

        List<String> failures = new ArrayList<>();
        List<Row> rows = rows();
        for (Row row : rows) {
            for (int c = 0; c < CALLERS.length; c++) {
                String expected = row.expected().get(c);
                String path = row.path().get();
                RequestSpecification request = given().auth().oauth2(Tokens.user(CALLERS[c][1]))
                        .contentType(ContentType.JSON);
                Object body = row.body().apply(path);
                if (body != null) {
                    request.body(body);
                }
                Response response = request.request(row.method(), API + path);
                String actual = String.valueOf(response.statusCode());
                if (row.listed() != null && response.statusCode() == 200) {
                    actual = response.jsonPath().getList("items.id").contains(row.listed().get()) ? "200" : "200-";
                }
                if (!expected.equals(actual)) {
                    failures.add(row.label() + " as " + CALLERS[c][0] + ": expected " + expected + ", got " + actual
                            + " " + response.asString());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));

        String table = render(rows);
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains(table), "README.md's permission matrix differs from the table; it should be:\n"
                + table);
    }

    private List<Row> rows() {
        String o = "200";
        String c = "201";
        String f = "403";
        String n = "404";
        String u = "422";
        String l = "200";
        String x = "200-";
        return List.of(
                new Row("GET /calls", "GET", () -> "/calls", p -> null, null, List.of(o, o, o, o, o, o, o, o)),
                new Row("GET /calls/{id}", "GET", () -> "/calls/" + call, p -> null, null,
                        List.of(o, o, o, o, o, o, o, o)),
                new Row("POST /calls (for the bank)", "POST", () -> "/calls", p -> schoolCall(), null,
                        List.of(c, f, c, f, f, f, f, f)),
                new Row("PUT /calls/{id}", "PUT", () -> "/calls/" + openCall("funder", schoolCall()),
                        p -> callChange(), null, List.of(o, f, o, f, f, f, f, f)),
                new Row("POST /calls/{id}/close", "POST", () -> "/calls/" + openCall("funder", schoolCall())
                        + "/close", p -> null, null, List.of(o, f, o, f, f, f, f, f)),
                new Row("POST /applications (for Riverside, to a SCHOOL call)", "POST", () -> "/applications",
                        p -> application(openCall("funder", schoolCall()), RIVERSIDE_COLLEGE, "100.00"), null,
                        List.of(f, f, u, c, u, c, u, f)),
                new Row("GET /applications/{id}", "GET", () -> "/applications/" + application, p -> null, null,
                        List.of(o, n, o, o, o, n, n, n)),
                new Row("GET /applications (with it)", "GET", () -> "/applications?size=100&call=" + call, p -> null,
                        () -> application.toString(), List.of(l, x, l, l, l, x, x, x)),
                new Row("POST /applications/{id}/reviewers", "POST",
                        () -> "/applications/" + freshApplication() + "/reviewers",
                        p -> Map.of("reviewerSubject", subjectOf("expert"), "reviewerOrganisationId",
                                NOVA_MANUFACTURING), null, List.of(o, n, o, f, f, n, n, n)),
                new Row("POST /applications/{id}/reviews", "POST",
                        () -> "/applications/" + freshApplication() + "/reviews", p -> scores(4), null,
                        List.of(f, n, f, f, c, n, n, n)),
                new Row("GET /applications/{id}/reviews", "GET", () -> "/applications/" + application + "/reviews",
                        p -> null, null, List.of(o, n, o, o, o, n, n, n)),
                new Row("POST /applications/{id}/withdraw", "POST",
                        () -> "/applications/" + freshApplication() + "/withdraw",
                        p -> Map.of("reason", "plans changed"), null, List.of(f, n, f, o, f, n, n, n)),
                new Row("POST /applications/{id}/decline", "POST",
                        () -> "/applications/" + freshApplication() + "/decline",
                        p -> Map.of("reason", "out of scope"), null, List.of(o, n, o, f, f, n, n, n)),
                new Row("POST /applications/{id}/award", "POST",
                        () -> "/applications/" + freshReviewedApplication() + "/award",
                        p -> award("100.00", "100.00"), null, List.of(c, n, c, f, f, n, n, n)),
                new Row("GET /awards/{id}", "GET", () -> "/awards/" + award, p -> null, null,
                        List.of(o, n, o, o, n, n, n, n)),
                new Row("GET /awards (with it)", "GET", () -> "/awards?size=100&call=" + awardCall, p -> null,
                        () -> award.toString(), List.of(l, x, l, l, x, x, x, x)),
                new Row("GET /awards/{id}/failed-release-checks", "GET",
                        () -> "/awards/" + award + "/failed-release-checks", p -> null, null,
                        List.of(o, n, o, o, n, n, n, n)),
                new Row("POST /awards/{id}/tranches/{sequence}/release (a SCHOOL award)", "POST",
                        () -> "/awards/" + freshAward() + "/tranches/1/release",
                        p -> Map.of("evidence", "Inspection report"), null, List.of(o, n, o, f, n, n, n, n)),
                new Row("POST /awards/{id}/suspend", "POST", () -> "/awards/" + freshAward() + "/suspend",
                        p -> Map.of("reason", "audit"), null, List.of(o, n, o, f, n, n, n, n)),
                new Row("GET /ledgers/{id} (Riverside and Nova)", "GET", () -> "/ledgers/" + ledger, p -> null, null,
                        List.of(o, o, n, o, n, n, n, n)),
                new Row("GET /ledgers (with it)", "GET", () -> "/ledgers?size=100", p -> null, () -> ledger,
                        List.of(l, l, x, l, x, x, x, x)),
                new Row("POST /ledgers/{id}/entries (a BENEFIT)", "POST", () -> "/ledgers/" + ledger + "/entries",
                        p -> Map.of("kind", "BENEFIT", "amount", "10.00", "description", "Sales",
                                "occurredOn", LocalDate.now().toString()), null, List.of(c, c, n, c, n, n, n, n)),
                new Row("GET /reports/agreements/{id}", "GET", () -> "/reports/agreements/" + agreement, p -> null,
                        null, List.of(o, o, n, o, n, n, n, n)),
                new Row("GET /reports/calls/{id}", "GET", () -> "/reports/calls/" + call, p -> null, null,
                        List.of(o, o, o, o, o, o, o, o)),
                new Row("GET /reports/funders/{id}", "GET", () -> "/reports/funders/" + DEVELOPMENT_BANK, p -> null,
                        null, List.of(o, o, o, o, o, o, o, o)),
                new Row("GET /funders", "GET", () -> "/funders", p -> null, null, List.of(o, o, o, o, o, o, o, o)),
                new Row("GET /audit", "GET", () -> "/audit", p -> null, null, List.of(o, o, f, f, f, f, f, f)),
                new Row("GET /admin/correlations/{id}", "GET", () -> "/admin/correlations/some-request", p -> null,
                        null, List.of(o, f, f, f, f, f, f, f)));
    }

    private static Map<String, Object> schoolCall() {
        return callTerms(DEVELOPMENT_BANK, "1000000.00", "1000.00", "SCHOOL", List.of("SCHOOL"));
    }

    private static Map<String, Object> callChange() {
        return new HashMap<>(Map.of("title", "Changed", "budget", "900000.00", "closesOn",
                LocalDate.now().plusDays(40).toString(), "maxAward", "1000.00", "version", 0));
    }

    /** Riverside's application to the call with the association's representative assigned as reviewer. */
    private UUID freshApplication() {
        return freshApplication(openCall("funder", schoolCall()));
    }

    private UUID freshApplication(UUID toCall) {
        UUID id = UUID.fromString(as("school-admin").body(application(toCall, RIVERSIDE_COLLEGE, "100.00"))
                .post(API + "/applications").then().statusCode(201).extract().path("id"));
        as("funder").body(Map.of("reviewerSubject", subjectOf("association-rep"), "reviewerOrganisationId",
                ASSOCIATION)).post(API + "/applications/" + id + "/reviewers").then().statusCode(200);
        return id;
    }

    /** Riverside's application to a fresh call, reviewed by the association's representative and the expert. */
    private UUID freshReviewedApplication() {
        UUID id = freshApplication();
        as("funder").body(Map.of("reviewerSubject", subjectOf("expert"), "reviewerOrganisationId",
                NOVA_MANUFACTURING)).post(API + "/applications/" + id + "/reviewers").then().statusCode(200);
        as("association-rep").body(scores(4)).post(API + "/applications/" + id + "/reviews").then().statusCode(201);
        as("expert").body(scores(4)).post(API + "/applications/" + id + "/reviews").then().statusCode(201);
        return id;
    }

    private UUID freshAward() {
        return UUID.fromString(as("funder").body(award("100.00", "100.00"))
                .post(API + "/applications/" + freshReviewedApplication() + "/award").then().statusCode(201)
                .extract().path("id"));
    }

    private static void signAgreement(UUID agreement) {
        String now = Instant.now().toString();
        ContractFixture signed = ContractFixture.ofEvent("governance-service", "AgreementSigned")
                .with("agreementId", agreement.toString()).with("title", "Matrix agreement")
                .with("kind", "SCHOOL_ENTERPRISE").with("startDate", LocalDate.now().toString())
                .with("endDate", LocalDate.now().plusYears(1).toString()).with("signedAt", now)
                .with("parties", List.of(
                        Map.of("organisationId", RIVERSIDE_COLLEGE.toString(), "riskShare", 50, "benefitShare", 50,
                                "contribution", "teachers", "signedAt", now),
                        Map.of("organisationId", NOVA_MANUFACTURING.toString(), "riskShare", 50, "benefitShare", 50,
                                "contribution", "machines", "signedAt", now)));
        GOVERNANCE.send("helix.governance.AgreementSigned", "Agreement/" + agreement, agreement.toString(),
                signed.bytes());
    }

    private static String render(List<Row> rows) {
        StringBuilder table = new StringBuilder("| endpoint |");
        for (String[] caller : CALLERS) {
            table.append(' ').append(caller[0]).append(" |");
        }
        table.append("\n|---|");
        table.append("---|".repeat(CALLERS.length)).append('\n');
        for (Row row : rows) {
            table.append("| `").append(row.label()).append("` |");
            row.expected().forEach(status -> table.append(' ').append(status).append(" |"));
            table.append('\n');
        }
        return table.toString();
    }
}
