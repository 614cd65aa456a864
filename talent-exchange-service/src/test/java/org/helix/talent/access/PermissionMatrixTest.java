package org.helix.talent.access;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.helix.talent.TalentFixtures.API;
import static org.helix.talent.TalentFixtures.NOVA_MANUFACTURING;
import static org.helix.talent.TalentFixtures.RIVERSIDE_COLLEGE;
import static org.helix.talent.TalentFixtures.as;
import static org.helix.talent.TalentFixtures.demoOrganisations;
import static org.helix.talent.TalentFixtures.expert;
import static org.helix.talent.TalentFixtures.profileOf;
import static org.helix.talent.TalentFixtures.propose;
import static org.helix.talent.TalentFixtures.register;
import static org.helix.talent.TalentFixtures.teaching;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may do what, as one table: endpoint × caller → status, walked against the running service. The world: the
 * demo expert's profile (Nova Precision, the "expert" user) and a part-time teaching appointment of theirs at
 * Riverside. "home" is Nova's representative, "host" Riverside's, "other" a representative of an organisation that is
 * neither. A list cell {@code 200} means the appointment is in the list, {@code 200-} that the list leaves it out.
 * The table is rendered into the README's permission matrix and checked against it, so the two cannot drift.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "talent"))
class PermissionMatrixTest {

    /** The callers, in the table's column order: heading and demo user. */
    private static final String[][] CALLERS = {
            {"admin", "admin"}, {"secretariat", "secretariat"}, {"gov-officer (other org)", "gov-officer"},
            {"home rep (enterprise-rep)", "enterprise-rep"}, {"host rep (school-admin)", "school-admin"},
            {"other org's rep", "enterprise-rep-2"}, {"the person (expert)", "expert"},
            {"teacher of the host, not the person", "teacher"}, {"student", "student"}};

    private record Row(String label, String method, Supplier<String> path, Function<String, Object> body,
            String listed, List<String> expected) {
    }

    private UUID profile;
    private UUID appointment;

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() throws Exception {
        demoOrganisations();
        profile = profileOf("expert", "enterprise-rep", expert(NOVA_MANUFACTURING, null, 9, "SENIOR"));
        appointment = freshAppointment();

        List<String> failures = new ArrayList<>();
        List<Row> rows = rows();
        for (Row row : rows) {
            for (int c = 0; c < CALLERS.length; c++) {
                String user = CALLERS[c][1];
                String expected = row.expected().get(c);
                String path = row.path().get();
                RequestSpecification request = given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
                Object body = row.body().apply(path);
                if (body != null) {
                    request.body(body);
                }
                Response response = request.request(row.method(), API + path);
                String actual = String.valueOf(response.statusCode());
                if (row.listed() != null && response.statusCode() == 200) {
                    actual = response.jsonPath().getList("items.id").contains(row.listed()) ? "200" : "200-";
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
        String l = "200";
        String x = "200-";
        return List.of(
                new Row("GET /profiles", "GET", () -> "/profiles", p -> null, null, List.of(o, o, o, o, o, o, o, o, o)),
                new Row("GET /profiles/{id}", "GET", () -> "/profiles/" + profile, p -> null, null,
                        List.of(o, o, o, o, o, o, o, o, o)),
                new Row("POST /profiles (an expert of Nova)", "POST", () -> "/profiles",
                        p -> expert(NOVA_MANUFACTURING, null, 3, "JUNIOR"), null, List.of(c, c, f, c, f, f, f, f, f)),
                new Row("PUT /profiles/{id} (the person's)", "PUT", () -> "/profiles/" + profile,
                        p -> currentProfile(), null, List.of(o, o, f, o, f, f, o, f, f)),
                new Row("POST /appointments", "POST", () -> "/appointments", p -> teachingTerms(), null,
                        List.of(c, c, f, c, c, f, f, f, f)),
                new Row("GET /appointments/{id}", "GET", () -> "/appointments/" + appointment, p -> null, null,
                        List.of(o, o, n, o, o, n, o, n, n)),
                new Row("GET /appointments (with it)", "GET", () -> "/appointments?size=100&profile=" + profile,
                        p -> null, appointment.toString(), List.of(l, l, x, l, l, x, l, x, x)),
                new Row("PUT /appointments/{id}", "PUT", () -> "/appointments/" + freshAppointment(),
                        p -> withVersion(teachingTerms(), 0), null, List.of(o, o, n, o, o, n, f, n, n)),
                new Row("POST /appointments/{id}/approvals", "POST",
                        () -> "/appointments/" + freshAppointment() + "/approvals", p -> null, null,
                        List.of(f, f, n, o, o, n, f, n, n)),
                new Row("POST /appointments/{id}/terminate", "POST",
                        () -> "/appointments/" + freshAppointment() + "/terminate",
                        p -> Map.of("reason", "Plans changed"), null, List.of(o, o, n, o, o, n, f, n, n)),
                new Row("POST /appointments/{id}/assessments (ACTIVE, of another Nova expert)", "POST",
                        () -> "/appointments/" + freshActiveAppointment() + "/assessments",
                        p -> Map.of("period", String.valueOf(LocalDate.now().getYear()), "score", 70,
                                "outcome", "PASS"), null, List.of(c, c, n, f, c, n, n, n, n)),
                new Row("GET /profiles/{id}/file (the person's)", "GET", () -> "/profiles/" + profile + "/file",
                        p -> null, null, List.of(o, o, n, o, n, n, o, n, n)),
                new Row("GET /practice-plans?school=(Riverside)", "GET",
                        () -> "/practice-plans?year=2026&school=" + RIVERSIDE_COLLEGE, p -> null, null,
                        List.of(o, o, n, n, o, n, n, n, n)),
                new Row("PUT /practice-targets/{schoolId} (Riverside)", "PUT",
                        () -> "/practice-targets/" + RIVERSIDE_COLLEGE, p -> currentTarget(), null,
                        List.of(o, o, f, f, o, f, f, f, f)),
                new Row("POST /sections/{id}/evaluations (not enrolled)", "POST",
                        () -> "/sections/" + UUID.randomUUID() + "/evaluations", p -> Map.of("clarity", 4,
                                "preparation", 4, "engagement", 4, "fairness", 4, "practicalRelevance", 4), null,
                        List.of(f, f, f, f, f, f, f, f, f)),
                new Row("GET /audit", "GET", () -> "/audit", p -> null, null, List.of(o, o, f, f, f, f, f, f, f)),
                new Row("GET /admin/correlations/{id}", "GET", () -> "/admin/correlations/some-request", p -> null,
                        null, List.of(o, f, f, f, f, f, f, f, f)));
    }

    private UUID freshAppointment() {
        return propose("enterprise-rep", teachingTerms());
    }

    /** An ACTIVE part-time teaching of a fresh Nova expert (both organisations approved). */
    private UUID freshActiveAppointment() {
        UUID other = register("enterprise-rep", expert(NOVA_MANUFACTURING, null, 1, "JUNIOR"));
        LocalDate today = LocalDate.now();
        UUID id = propose("enterprise-rep", teaching(other, RIVERSIDE_COLLEGE, NOVA_MANUFACTURING, today,
                today.plusDays(1), 1));
        as("enterprise-rep").post(API + "/appointments/" + id + "/approvals").then().statusCode(200);
        as("school-admin").post(API + "/appointments/" + id + "/approvals").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));
        return id;
    }

    private Map<String, Object> currentTarget() {
        Map<String, Object> current = as("secretariat").get(API + "/practice-targets/" + RIVERSIDE_COLLEGE).then()
                .statusCode(200).extract().as(Map.class);
        Map<String, Object> change = new HashMap<>(Map.of("targetHours", 160));
        if (current.get("version") != null) {
            change.put("version", current.get("version"));
        }
        return change;
    }

    private Map<String, Object> teachingTerms() {
        LocalDate start = LocalDate.now().plusYears(2);
        return teaching(profile, RIVERSIDE_COLLEGE, NOVA_MANUFACTURING, start, start.plusDays(30), 1);
    }

    private Map<String, Object> currentProfile() {
        Map<String, Object> current = new HashMap<>(as("secretariat").get(API + "/profiles/" + profile).then()
                .statusCode(200).extract().as(Map.class));
        current.remove("id");
        current.remove("createdAt");
        current.remove("updatedAt");
        return current;
    }

    private static Map<String, Object> withVersion(Map<String, Object> terms, long version) {
        terms.put("version", version);
        return terms;
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
