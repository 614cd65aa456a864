package org.helix.funding.access;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.OpenApiConformance;
import org.helix.platform.testing.PermissionMatrix;
import org.helix.platform.testing.PermissionMatrix.Caller;
import org.helix.platform.testing.PermissionMatrix.Row;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import static org.helix.platform.testing.PermissionMatrix.LEFT_OUT;
import static org.helix.platform.testing.PermissionMatrix.LISTED;
import static org.helix.platform.testing.PermissionMatrix.callers;
import static org.helix.platform.testing.PermissionMatrix.fresh;
import static org.helix.platform.testing.PermissionMatrix.list;
import static org.helix.platform.testing.PermissionMatrix.row;

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

    private static final List<Caller> CALLERS = callers(
            "admin", "admin", "secretariat", "secretariat", "funder's rep (funder)", "funder",
            "applicant's rep (school-admin)", "school-admin", "assigned reviewer (association-rep)", "association-rep",
            "other org's rep (school-admin-2)", "school-admin-2", "gov-officer (other org)", "gov-officer",
            "student of the applicant", "student");

    private UUID call;
    private UUID application;
    private UUID award;
    private String awardCall;
    private UUID agreement;
    private String ledger;

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() {
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

        new PermissionMatrix(API, CALLERS, rows())
                .assertHolds(OpenApiConformance.load("/q/openapi?format=json"), Path.of("README.md"));
    }

    private List<Row> rows() {
        String o = "200";
        String c = "201";
        String f = "403";
        String n = "404";
        String u = "422";
        String l = LISTED;
        String x = LEFT_OUT;
        return List.of(
                row("GET /calls", () -> "/calls", o, o, o, o, o, o, o, o),
                row("GET /calls/{id}", () -> "/calls/" + call, o, o, o, o, o, o, o, o),
                row("POST /calls (for the bank)", () -> "/calls", who -> schoolCall(), c, f, c, f, f, f, f, f),
                row("PUT /calls/{id}", fresh(() -> "/calls/" + openCall("funder", schoolCall())),
                        who -> callChange(), o, f, o, f, f, f, f, f),
                row("POST /calls/{id}/close", fresh(() -> "/calls/" + openCall("funder", schoolCall()) + "/close"),
                        o, f, o, f, f, f, f, f),
                row("POST /applications (for Riverside, to a SCHOOL call)", () -> "/applications",
                        who -> application(openCall("funder", schoolCall()), RIVERSIDE_COLLEGE, "100.00"),
                        f, f, u, c, u, c, u, f),
                row("GET /applications/{id}", () -> "/applications/" + application, o, n, o, o, o, n, n, n),
                list("GET /applications (with it)", () -> "/applications?size=100&call=" + call,
                        () -> application.toString(), l, x, l, l, l, x, x, x),
                row("POST /applications/{id}/reviewers",
                        fresh(() -> "/applications/" + freshApplication() + "/reviewers"),
                        who -> Map.of("reviewerSubject", subjectOf("expert"), "reviewerOrganisationId",
                                NOVA_MANUFACTURING), o, n, o, f, f, n, n, n),
                row("POST /applications/{id}/reviews", fresh(() -> "/applications/" + freshApplication() + "/reviews"),
                        who -> scores(4), f, n, f, f, c, n, n, n),
                row("GET /applications/{id}/reviews", () -> "/applications/" + application + "/reviews",
                        o, n, o, o, o, n, n, n),
                row("POST /applications/{id}/withdraw",
                        fresh(() -> "/applications/" + freshApplication() + "/withdraw"),
                        who -> Map.of("reason", "plans changed"), f, n, f, o, f, n, n, n),
                row("POST /applications/{id}/decline", fresh(() -> "/applications/" + freshApplication() + "/decline"),
                        who -> Map.of("reason", "out of scope"), o, n, o, f, f, n, n, n),
                row("POST /applications/{id}/award",
                        fresh(() -> "/applications/" + freshReviewedApplication() + "/award"),
                        who -> award("100.00", "100.00"), c, n, c, f, f, n, n, n),
                row("GET /awards/{id}", () -> "/awards/" + award, o, n, o, o, n, n, n, n),
                list("GET /awards (with it)", () -> "/awards?size=100&call=" + awardCall, () -> award.toString(),
                        l, x, l, l, x, x, x, x),
                row("GET /awards/{id}/failed-release-checks", () -> "/awards/" + award + "/failed-release-checks",
                        o, n, o, o, n, n, n, n),
                row("POST /awards/{id}/tranches/{sequence}/release (a SCHOOL award)",
                        fresh(() -> "/awards/" + freshAward() + "/tranches/1/release"),
                        who -> Map.of("evidence", "Inspection report"), o, n, o, f, n, n, n, n),
                row("POST /awards/{id}/suspend", fresh(() -> "/awards/" + freshAward() + "/suspend"),
                        who -> Map.of("reason", "audit"), o, n, o, f, n, n, n, n),
                row("POST /awards/{id}/resume (SUSPENDED)", fresh(() -> "/awards/" + suspendedAward() + "/resume"),
                        o, n, o, f, n, n, n, n),
                row("GET /ledgers/{id} (Riverside and Nova)", () -> "/ledgers/" + ledger, o, o, n, o, n, n, n, n),
                row("GET /ledgers/{id}/entries", () -> "/ledgers/" + ledger + "/entries", o, o, n, o, n, n, n, n),
                list("GET /ledgers (with it)", () -> "/ledgers?size=100", () -> ledger, l, l, x, l, x, x, x, x),
                row("POST /ledgers/{id}/entries (a BENEFIT)", () -> "/ledgers/" + ledger + "/entries",
                        who -> Map.of("kind", "BENEFIT", "amount", "10.00", "description", "Sales",
                                "occurredOn", LocalDate.now().toString()), c, c, n, c, n, n, n, n),
                row("GET /reports/agreements/{id}", () -> "/reports/agreements/" + agreement,
                        o, o, n, o, n, n, n, n),
                row("GET /reports/calls/{id}", () -> "/reports/calls/" + call, o, o, o, o, o, o, o, o),
                row("GET /reports/funders/{id}", () -> "/reports/funders/" + DEVELOPMENT_BANK,
                        o, o, o, o, o, o, o, o),
                row("GET /funders", () -> "/funders", o, o, o, o, o, o, o, o),
                row("GET /organisations/{id}", () -> "/organisations/" + RIVERSIDE_COLLEGE, o, o, o, o, o, o, o, o),
                row("GET /audit", () -> "/audit", o, o, f, f, f, f, f, f),
                row("POST /admin/dead-letters/replay", () -> "/admin/dead-letters/replay", o, f, f, f, f, f, f, f),
                row("GET /admin/correlations/{id}", () -> "/admin/correlations/some-request",
                        o, f, f, f, f, f, f, f));
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

    private UUID suspendedAward() {
        UUID id = freshAward();
        as("funder").body(Map.of("reason", "audit")).post(API + "/awards/" + id + "/suspend").then().statusCode(200);
        return id;
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
}
