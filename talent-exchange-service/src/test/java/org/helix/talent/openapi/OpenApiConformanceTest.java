package org.helix.talent.openapi;

import org.helix.talent.TalentFixtures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.helix.platform.testing.CloudEventTopic;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.OpenApiConformance;
import org.helix.platform.testing.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.helix.talent.TalentFixtures.API;
import static org.helix.talent.TalentFixtures.NOVA_MANUFACTURING;
import static org.helix.talent.TalentFixtures.RIVERSIDE_COLLEGE;
import static org.helix.talent.TalentFixtures.as;
import static org.helix.talent.TalentFixtures.demoOrganisations;
import static org.helix.talent.TalentFixtures.expert;
import static org.helix.talent.TalentFixtures.practice;
import static org.helix.talent.TalentFixtures.propose;
import static org.helix.talent.TalentFixtures.register;
import static org.helix.talent.TalentFixtures.teacher;
import static org.helix.talent.TalentFixtures.teaching;

/**
 * Every GET operation of the document this service serves answers, with real content, what the document says: data
 * built through the API (optional fields set and left out), every documented GET path read and validated. A GET path
 * the test does not exercise fails it.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "talent"))
class OpenApiConformanceTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyGetOperationAnswersWhatTheDocumentSays() throws Exception {
        OpenApiConformance api = OpenApiConformance.load("/q/openapi?format=json");
        demoOrganisations();
        UUID bare = UUID.randomUUID();
        ContractFixture registered = ContractFixture.ofEvent("governance-service", "OrganisationRegistered")
                .with("organisationId", bare.toString()).with("name", "Conformance College").with("type", "SCHOOL")
                .with("region", null).with("contactEmail", null).with("website", null).with("version", 0);
        new CloudEventTopic(TalentFixtures.GOVERNANCE_TOPIC, "/helix/governance").send(UUID.randomUUID().toString(),
                "helix.governance.OrganisationRegistered", "Organisation/" + bare, bare.toString(),
                registered.bytes());
        await().atMost(Duration.ofSeconds(90)).until(() -> as("teacher").get(API + "/organisations/" + bare)
                .statusCode() == 200);

        Map<String, Object> withoutJobTitle = teacher(RIVERSIDE_COLLEGE, null);
        UUID teacher = register("school-admin", withoutJobTitle);
        UUID expert = register("enterprise-rep", expert(NOVA_MANUFACTURING, null, 1, "JUNIOR"));
        LocalDate today = LocalDate.now();
        UUID proposed = propose("enterprise-rep", teaching(expert, RIVERSIDE_COLLEGE, NOVA_MANUFACTURING,
                today.plusDays(400), today.plusDays(430), 2));
        UUID active = propose("school-admin", practice(teacher, NOVA_MANUFACTURING, RIVERSIDE_COLLEGE,
                today.plusDays(500), today.plusDays(530)));
        as("school-admin").post(API + "/appointments/" + active + "/approvals").then().statusCode(200);
        as("enterprise-rep").post(API + "/appointments/" + active + "/approvals").then().statusCode(200);

        api.get(RestAssured.given().auth().oauth2(Tokens.user("teacher")), API + "/organisations/{id}", bare);
        api.get(RestAssured.given().auth().oauth2(Tokens.user("teacher")), API + "/organisations/{id}",
                NOVA_MANUFACTURING);
        api.get(RestAssured.given().auth().oauth2(Tokens.user("student")), API + "/profiles/{id}", teacher);
        api.get(RestAssured.given().auth().oauth2(Tokens.user("student")), API + "/profiles/{id}", expert);
        api.get(RestAssured.given().auth().oauth2(Tokens.user("student")).queryParam("size", 100),
                API + "/profiles");
        api.get(RestAssured.given().auth().oauth2(Tokens.user("school-admin")), API + "/appointments/{id}", proposed);
        api.get(RestAssured.given().auth().oauth2(Tokens.user("school-admin")), API + "/appointments/{id}", active);
        api.get(RestAssured.given().auth().oauth2(Tokens.user("secretariat")).queryParam("size", 100),
                API + "/appointments");
        String chain = api.get(RestAssured.given().auth().oauth2(Tokens.user("admin")).queryParam("size", 100),
                API + "/audit").jsonPath().getString("items[0].correlationId");
        api.get(RestAssured.given().auth().oauth2(Tokens.user("admin")), API + "/admin/correlations/{correlationId}",
                chain == null ? "none" : chain);

        // a completed practice with an assessment (with and without comment), a file, a plan, a target of each kind
        UUID done = propose("school-admin", practice(teacher, NOVA_MANUFACTURING, RIVERSIDE_COLLEGE,
                today.minusDays(50), today.minusDays(1)));
        as("school-admin").post(API + "/appointments/" + done + "/approvals").then().statusCode(200);
        as("enterprise-rep").post(API + "/appointments/" + done + "/approvals").then().statusCode(200);
        String year = String.valueOf(today.minusDays(1).getYear());
        as("enterprise-rep").body(Map.of("period", year, "score", 80, "outcome", "GOOD", "comment", "Steady"))
                .post(API + "/appointments/" + done + "/assessments").then().statusCode(201);
        api.get(RestAssured.given().auth().oauth2(Tokens.user("school-admin")), API + "/appointments/{id}/assessments",
                done);
        api.get(RestAssured.given().auth().oauth2(Tokens.user("school-admin")), API + "/profiles/{id}/file", teacher);
        api.get(RestAssured.given().auth().oauth2(Tokens.user("school-admin")).queryParam("year", year),
                API + "/profiles/{id}/practice-plan", teacher);
        api.get(RestAssured.given().auth().oauth2(Tokens.user("school-admin")).queryParam("school", RIVERSIDE_COLLEGE)
                .queryParam("year", year), API + "/practice-plans");
        api.get(RestAssured.given().auth().oauth2(Tokens.user("teacher")), API + "/practice-targets/{schoolId}", bare);
        api.get(RestAssured.given().auth().oauth2(Tokens.user("teacher")), API + "/practice-targets/{schoolId}",
                RIVERSIDE_COLLEGE);

        // a published evaluation result (its publication is tested in StudentEvaluationTest)
        UUID section = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into evaluation_result values ('" + section + "', '" + teacher + "', '"
                    + RIVERSIDE_COLLEGE + "', '2026-SPRING', 5, 4.20, 4.40, 4.00, 4.20, 4.60, 3.80, now())");
        }
        api.get(RestAssured.given().auth().oauth2(Tokens.user("student")), API + "/profiles/{id}/evaluation-results",
                teacher);
        api.get(RestAssured.given().auth().oauth2(Tokens.user("student")).queryParam("school", RIVERSIDE_COLLEGE)
                .queryParam("term", "2026-SPRING"), API + "/evaluation-rankings");
        api.assertEveryGetOperationChecked(API);
    }
}
