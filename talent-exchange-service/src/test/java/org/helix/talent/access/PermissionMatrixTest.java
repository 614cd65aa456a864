package org.helix.talent.access;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.OpenApiConformance;
import org.helix.platform.testing.PermissionMatrix;
import org.helix.platform.testing.PermissionMatrix.Caller;
import org.helix.platform.testing.PermissionMatrix.Row;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.helix.platform.testing.PermissionMatrix.LEFT_OUT;
import static org.helix.platform.testing.PermissionMatrix.LISTED;
import static org.helix.platform.testing.PermissionMatrix.callers;
import static org.helix.platform.testing.PermissionMatrix.fresh;
import static org.helix.platform.testing.PermissionMatrix.list;
import static org.helix.platform.testing.PermissionMatrix.row;
import static org.helix.talent.TalentFixtures.API;
import static org.helix.talent.TalentFixtures.NOVA_MANUFACTURING;
import static org.helix.talent.TalentFixtures.RIVERSIDE_COLLEGE;
import static org.helix.talent.TalentFixtures.as;
import static org.helix.talent.TalentFixtures.demoOrganisations;
import static org.helix.talent.TalentFixtures.expert;
import static org.helix.talent.TalentFixtures.profileOf;
import static org.helix.talent.TalentFixtures.propose;
import static org.helix.talent.TalentFixtures.register;
import static org.helix.talent.TalentFixtures.teacher;
import static org.helix.talent.TalentFixtures.teaching;

/**
 * Who may do what, as one table: endpoint × caller → status, walked against the running service. The world: the
 * demo expert's profile (Nova Precision, the "expert" user), a part-time teaching appointment of theirs at
 * Riverside, and the demo teacher's profile at Riverside (for the practice-plan row, where the teacher is the
 * person). "home" is Nova's representative, "host" Riverside's, "other" a representative of an organisation that is
 * neither. A list cell {@code 200} means the appointment is in the list, {@code 200-} that the list leaves it out.
 * The table is rendered into the README's permission matrix and checked against it, and every operation of the
 * service's OpenAPI document must have a row (the platform's {@link PermissionMatrix}).
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "talent"))
class PermissionMatrixTest {

    /** The callers, in the table's column order: heading and demo user. */
    private static final List<Caller> CALLERS = callers(
            "admin", "admin", "secretariat", "secretariat", "gov-officer (other org)", "gov-officer",
            "home rep (enterprise-rep)", "enterprise-rep", "host rep (school-admin)", "school-admin",
            "other org's rep", "enterprise-rep-2", "the person (expert)", "expert",
            "teacher of the host, not the person", "teacher", "student", "student");

    private UUID profile;
    private UUID teacherProfile;
    private UUID appointment;

    @Test
    void everyEndpointAnswersEveryCallerAsTheTableSays() {
        demoOrganisations();
        profile = profileOf("expert", "enterprise-rep", expert(NOVA_MANUFACTURING, null, 9, "SENIOR"));
        teacherProfile = profileOf("teacher", "school-admin", teacher(RIVERSIDE_COLLEGE, null));
        appointment = freshAppointment();

        new PermissionMatrix(API, CALLERS, rows())
                .assertHolds(OpenApiConformance.load("/q/openapi?format=json"), Path.of("README.md"));
    }

    private List<Row> rows() {
        String o = "200";
        String c = "201";
        String f = "403";
        String n = "404";
        String l = LISTED;
        String x = LEFT_OUT;
        return List.of(
                row("GET /profiles", () -> "/profiles", o, o, o, o, o, o, o, o, o),
                row("GET /profiles/{id}", () -> "/profiles/" + profile, o, o, o, o, o, o, o, o, o),
                row("POST /profiles (an expert of Nova)", () -> "/profiles",
                        who -> expert(NOVA_MANUFACTURING, null, 3, "JUNIOR"), c, c, f, c, f, f, f, f, f),
                row("PUT /profiles/{id} (the person's)", () -> "/profiles/" + profile, who -> currentProfile(),
                        o, o, f, o, f, f, o, f, f),
                row("POST /appointments", () -> "/appointments", who -> teachingTerms(), c, c, f, c, c, f, f, f, f),
                row("GET /appointments/{id}", () -> "/appointments/" + appointment, o, o, n, o, o, n, o, n, n),
                row("GET /appointments/{id}/assessments", () -> "/appointments/" + appointment + "/assessments",
                        o, o, n, o, o, n, o, n, n),
                list("GET /appointments (with it)", () -> "/appointments?size=100&profile=" + profile,
                        () -> appointment.toString(), l, l, x, l, l, x, l, x, x),
                row("PUT /appointments/{id}", fresh(() -> "/appointments/" + freshAppointment()),
                        who -> withVersion(teachingTerms(), 0), o, o, n, o, o, n, f, n, n),
                row("POST /appointments/{id}/approvals",
                        fresh(() -> "/appointments/" + freshAppointment() + "/approvals"),
                        f, f, n, o, o, n, f, n, n),
                row("POST /appointments/{id}/terminate",
                        fresh(() -> "/appointments/" + freshAppointment() + "/terminate"),
                        who -> Map.of("reason", "Plans changed"), o, o, n, o, o, n, f, n, n),
                row("POST /appointments/{id}/assessments (ACTIVE, of another Nova expert)",
                        fresh(() -> "/appointments/" + freshActiveAppointment() + "/assessments"),
                        who -> Map.of("period", String.valueOf(LocalDate.now().getYear()), "score", 70,
                                "outcome", "PASS"), c, c, n, f, c, n, n, n, n),
                row("GET /profiles/{id}/file (the person's)", () -> "/profiles/" + profile + "/file",
                        o, o, n, o, n, n, o, n, n),
                row("GET /profiles/{id}/practice-plan (the host's teacher's)", () -> "/profiles/" + teacherProfile
                        + "/practice-plan?year=2026", o, o, n, n, o, n, n, o, n),
                row("GET /profiles/{id}/evaluation-results (the person's)", () -> "/profiles/" + profile
                        + "/evaluation-results", o, o, o, o, o, o, o, o, o),
                row("GET /evaluation-rankings?school=(Riverside)",
                        () -> "/evaluation-rankings?term=2026-SPRING&school=" + RIVERSIDE_COLLEGE,
                        o, o, o, o, o, o, o, o, o),
                row("GET /organisations/{id}", () -> "/organisations/" + RIVERSIDE_COLLEGE, o, o, o, o, o, o, o, o, o),
                row("GET /practice-plans?school=(Riverside)",
                        () -> "/practice-plans?year=2026&school=" + RIVERSIDE_COLLEGE, o, o, n, n, o, n, n, n, n),
                row("GET /practice-targets/{schoolId} (Riverside)", () -> "/practice-targets/" + RIVERSIDE_COLLEGE,
                        o, o, o, o, o, o, o, o, o),
                row("PUT /practice-targets/{schoolId} (Riverside)", () -> "/practice-targets/" + RIVERSIDE_COLLEGE,
                        who -> currentTarget(), o, o, f, f, o, f, f, f, f),
                row("POST /sections/{id}/evaluations (not enrolled)",
                        () -> "/sections/" + UUID.randomUUID() + "/evaluations", who -> Map.of("clarity", 4,
                                "preparation", 4, "engagement", 4, "fairness", 4, "practicalRelevance", 4),
                        f, f, f, f, f, f, f, f, f),
                row("GET /audit", () -> "/audit", o, o, f, f, f, f, f, f, f),
                row("POST /admin/dead-letters/replay", () -> "/admin/dead-letters/replay", o, f, f, f, f, f, f, f, f),
                row("GET /admin/correlations/{id}", () -> "/admin/correlations/some-request",
                        o, f, f, f, f, f, f, f, f));
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
}
