package org.helix.curriculum.demand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.helix.curriculum.CurriculumFixtures.API;
import static org.helix.curriculum.CurriculumFixtures.GOVERNANCE;
import static org.helix.curriculum.CurriculumFixtures.MANUFACTURING_ASSOCIATION;
import static org.helix.curriculum.CurriculumFixtures.NOVA_MANUFACTURING;
import static org.helix.curriculum.CurriculumFixtures.PATIENCE;
import static org.helix.curriculum.CurriculumFixtures.as;
import static org.helix.curriculum.CurriculumFixtures.curriculumEvents;
import static org.helix.curriculum.CurriculumFixtures.demoOrganisations;
import static org.helix.curriculum.CurriculumFixtures.skill;
import static org.helix.curriculum.CurriculumFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A school's gap per skill = the live demand aimed at it (school, region) minus what its ACTIVE courses teaching the
 * skill cover (30 people per course by default); a gap reaching the threshold (20 by default) is announced once:
 * checked one below, at and one above.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "curriculum"))
class SkillGapTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void aGapIsRankedWithTheDemandBehindItAndAnnouncedWhenItReachesTheThreshold() throws Exception {
        String region = unique("Region");
        UUID school = school(region);
        // a sector of its own: demand other tests aim at every school is in other sectors
        String sector = unique("Sector");
        UUID cnc = skill(sector);
        UUID welding = skill(sector);
        UUID programme = UUID.fromString(as("secretariat").body(Map.of("schoolId", school, "name", unique("Mecha"),
                "industry", "Manufacturing", "level", "HIGHER_VOCATIONAL")).post(API + "/programmes").then()
                .statusCode(201).extract().path("id"));
        as("secretariat").body(Map.of("programmeId", programme, "code", "CNC1", "content", Map.of("title", "CNC",
                "type", "CORE", "credits", 4, "skillIds", List.of(cnc)))).post(API + "/courses").then()
                .statusCode(201);

        signal("enterprise-rep", cnc, school, null, 40);                 // demand 40, coverage 30: gap 10
        signal("association-rep", cnc, null, region, 9);                 // 49: gap 19, one below
        assertEquals(0, announced(school, cnc));
        signal("enterprise-rep", cnc, school, null, 1);                  // 50: gap 20, at the threshold
        assertEquals(1, announced(school, cnc));
        signal("enterprise-rep", cnc, school, null, 5);                  // 55: gap 25, announced already
        assertEquals(1, announced(school, cnc));
        signal("association-rep", welding, school, null, 21);            // no course: gap 21, one above
        assertEquals(1, announced(school, welding));

        as("student").queryParam("sector", sector).get(API + "/schools/" + school + "/skill-gaps").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].skillId", equalTo(cnc.toString())).body("items[0].demand", equalTo(55))
                .body("items[0].signals", equalTo(4)).body("items[0].courses", equalTo(1))
                .body("items[0].coverage", equalTo(30)).body("items[0].gap", equalTo(25))
                .body("items[0].organisations", containsInAnyOrder(NOVA_MANUFACTURING.toString(),
                        MANUFACTURING_ASSOCIATION.toString()))
                .body("items[1].skillId", equalTo(welding.toString())).body("items[1].gap", equalTo(21));
        as("student").queryParam("sort", "gap").get(API + "/schools/" + school + "/skill-gaps").then()
                .statusCode(400);
        as("student").get(API + "/schools/" + NOVA_MANUFACTURING + "/skill-gaps").then().statusCode(404);

        JsonNode event = JSON.readTree(curriculumEvents(school + "/" + cnc, "SkillGapDetected", 1).get(0).value());
        assertEquals(20, event.path("gap").asInt());
        assertEquals(50, event.path("demand").asInt());
        assertEquals(30, event.path("coverage").asInt());
        assertEquals(20, event.path("threshold").asInt());
    }

    @Test
    void onlyEnterprisesAndAssociationsPostDemandForThemselves() {
        UUID skill = skill("Manufacturing");
        // aimed at a region of no school, so no other test's gap sees it
        Map<String, Object> body = new HashMap<>(Map.of("skillId", skill, "headcount", 3, "horizonMonths", 12,
                "source", "survey", "region", unique("Nowhere")));
        as("school-admin").body(body).post(API + "/demand-signals").then().statusCode(403);
        as("student").body(body).post(API + "/demand-signals").then().statusCode(403);
        as("secretariat").body(body).post(API + "/demand-signals").then().statusCode(422);
        body.put("organisationId", MANUFACTURING_ASSOCIATION);
        as("enterprise-rep").body(body).post(API + "/demand-signals").then().statusCode(403);
        as("secretariat").body(body).post(API + "/demand-signals").then().statusCode(201)
                .body("organisationId", equalTo(MANUFACTURING_ASSOCIATION.toString()))
                .body("sector", equalTo("Manufacturing"));
        body.put("headcount", 0);
        as("association-rep").body(body).post(API + "/demand-signals").then().statusCode(400);
        body.put("headcount", 1);
        body.put("horizonMonths", 61);
        as("association-rep").body(body).post(API + "/demand-signals").then().statusCode(400);
    }

    private static void signal(String user, UUID skill, UUID school, String region, int headcount) {
        Map<String, Object> body = new HashMap<>(Map.of("skillId", skill, "headcount", headcount, "horizonMonths", 12,
                "source", "2026 hiring plan"));
        if (school != null) {
            body.put("schoolId", school);
        }
        if (region != null) {
            body.put("region", region);
        }
        as(user).body(body).post(API + "/demand-signals").then().statusCode(201);
    }

    private static UUID school(String region) {
        UUID id = UUID.randomUUID();
        ContractFixture event = ContractFixture.ofEvent("governance-service", "OrganisationRegistered")
                .with("organisationId", id.toString()).with("name", unique("Gap College")).with("type", "SCHOOL")
                .with("region", region).with("version", 0);
        GOVERNANCE.send(UUID.randomUUID().toString(), "helix.governance.OrganisationRegistered", "Organisation/" + id,
                id.toString(), event.bytes());
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> as("secretariat")
                .get(API + "/organisations/" + id).statusCode() == 200);
        return id;
    }

    /** SkillGapDetected written to the outbox for the school and skill (in the transaction of the signal). */
    private long announced(UUID school, UUID skill) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection
                .prepareStatement("select count(*) from helix_outbox where event_type = 'SkillGapDetected' and "
                        + "aggregate_id = ?")) {
            statement.setString(1, school + "/" + skill);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
