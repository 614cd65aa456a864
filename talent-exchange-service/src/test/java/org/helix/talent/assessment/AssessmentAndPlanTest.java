package org.helix.talent.assessment;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.testing.HelixTestResource;
import org.helix.talent.appointment.AppointmentScheduleJob;
import org.helix.talent.personfile.HoursWorked;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.helix.talent.TalentFixtures.API;
import static org.helix.talent.TalentFixtures.NOVA_MANUFACTURING;
import static org.helix.talent.TalentFixtures.RIVERSIDE_COLLEGE;
import static org.helix.talent.TalentFixtures.as;
import static org.helix.talent.TalentFixtures.demoOrganisations;
import static org.helix.talent.TalentFixtures.practice;
import static org.helix.talent.TalentFixtures.propose;
import static org.helix.talent.TalentFixtures.register;
import static org.helix.talent.TalentFixtures.talentEvents;
import static org.helix.talent.TalentFixtures.teacher;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The host assesses a completed practice; the teacher's file shows the hours, the assessment and the credit computed
 * from them; the school sees its teachers' practice plans against its target.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "talent"))
class AssessmentAndPlanTest {

    @Inject
    AppointmentScheduleJob job;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void theHostAssessesAndTheFileAndThePlanShowTheHoursAndTheCredit() throws Exception {
        UUID teacher = register("school-admin", teacher(RIVERSIDE_COLLEGE, null));
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusDays(60);
        LocalDate end = today.minusDays(10);
        UUID proposed = propose("school-admin", practice(teacher, NOVA_MANUFACTURING, RIVERSIDE_COLLEGE,
                end.plusDays(400), end.plusDays(420)));
        as("enterprise-rep").body(Map.of("period", String.valueOf(end.getYear()), "score", 90, "outcome", "EXCELLENT"))
                .post(API + "/appointments/" + proposed + "/assessments").then().statusCode(409);

        UUID practice = propose("school-admin", practice(teacher, NOVA_MANUFACTURING, RIVERSIDE_COLLEGE, start, end));
        as("school-admin").post(API + "/appointments/" + practice + "/approvals").then().statusCode(200);
        as("enterprise-rep").post(API + "/appointments/" + practice + "/approvals").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        job.run();
        as("school-admin").get(API + "/appointments/" + practice).then().body("status", equalTo("COMPLETED"));

        String assessments = API + "/appointments/" + practice + "/assessments";
        Map<String, Object> excellent = Map.of("period", String.valueOf(end.getYear()), "score", 93,
                "outcome", "EXCELLENT", "comment", "Led the fixture redesign");
        as("school-admin").body(excellent).post(assessments).then().statusCode(403);
        as("enterprise-rep-2").body(excellent).post(assessments).then().statusCode(404);
        as("enterprise-rep").body(Map.of("period", "1999", "score", 93, "outcome", "GOOD")).post(assessments).then()
                .statusCode(422).body("errors[0].field", equalTo("period"));
        as("enterprise-rep").body(Map.of("period", "2026-Q5", "score", 93, "outcome", "GOOD")).post(assessments)
                .then().statusCode(400);
        as("enterprise-rep").body(Map.of("period", "2026", "score", 101, "outcome", "GOOD")).post(assessments)
                .then().statusCode(400);
        String id = as("enterprise-rep").body(excellent).post(assessments).then().statusCode(201)
                .body("outcome", equalTo("EXCELLENT")).extract().path("id");
        as("enterprise-rep").body(excellent).post(assessments).then().statusCode(409)
                .body("type", containsString("already-assessed"));
        as("school-admin").get(assessments).then().statusCode(200).body("id", hasItem(id));
        as("enterprise-rep-2").get(assessments).then().statusCode(404);

        ConsumerRecord<String, String> recorded = talentEvents(teacher.toString(), "AssessmentRecorded", 1).get(0);
        assertTrue(recorded.value().contains(id), recorded.value());

        // a published student-evaluation result of this year averaging 4.50 (its publication: StudentEvaluationTest)
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into evaluation_result values ('" + UUID.randomUUID() + "', '" + teacher
                    + "', '" + RIVERSIDE_COLLEGE + "', '" + LocalDate.now().getYear() + "-SPRING', 6, 4.50, 4.50, "
                    + "4.50, 4.50, 4.50, 4.50, now())");
        }
        int hours = HoursWorked.inYear(end.getYear(), start, end, end, 20)
                + (start.getYear() == end.getYear() ? 0 : HoursWorked.inYear(start.getYear(), start, end, end, 20));
        as("school-admin").get(API + "/profiles/" + teacher + "/file").then().statusCode(200)
                .body("hoursByYear.hours.sum()", equalTo(hours))
                .body("assessments[0].id", equalTo(id))
                .body("titleEvaluationCredit.inputs.hours", equalTo(hours))
                .body("titleEvaluationCredit.inputs.excellent", equalTo(1))
                .body("titleEvaluationCredit.hourPoints", equalTo(hours / 20))
                .body("titleEvaluationCredit.assessmentPoints", equalTo(10))
                .body("evaluationResults.size()", equalTo(1))
                .body("titleEvaluationCredit.inputs.goodEvaluations", equalTo(1))
                .body("titleEvaluationCredit.evaluationPoints", equalTo(5))
                .body("titleEvaluationCredit.rule", containsString("20 h"));
        as("enterprise-rep").get(API + "/profiles/" + teacher + "/file").then().statusCode(404);

        int completedThisYear = HoursWorked.inYear(end.getYear(), start, end, end, 20);
        as("school-admin").queryParam("school", RIVERSIDE_COLLEGE).queryParam("year", end.getYear())
                .queryParam("size", 100).get(API + "/practice-plans").then().statusCode(200);
        Map<String, Object> plan = as("school-admin").queryParam("year", end.getYear())
                .get(API + "/profiles/" + teacher + "/practice-plan").then().statusCode(200)
                .body("completedHours", equalTo(completedThisYear)).extract().as(Map.class);
        int target = (Integer) plan.get("targetHours");
        assertTrue((Integer) plan.get("shortfallHours") == Math.max(0, target - completedThisYear), plan.toString());
        as("enterprise-rep-2").queryParam("school", RIVERSIDE_COLLEGE).queryParam("year", end.getYear())
                .get(API + "/practice-plans").then().statusCode(404);
        as("enterprise-rep").queryParam("year", end.getYear()).get(API + "/profiles/" + teacher + "/practice-plan")
                .then().statusCode(404);
    }

    @Test
    void aSchoolSetsItsOwnTarget() {
        UUID school = RIVERSIDE_COLLEGE;
        Map<String, Object> current = as("teacher").get(API + "/practice-targets/" + school).then().statusCode(200)
                .extract().as(Map.class);
        as("enterprise-rep").body(Map.of("targetHours", 120)).put(API + "/practice-targets/" + school).then()
                .statusCode(403);
        Map<String, Object> change = new java.util.HashMap<>(Map.of("targetHours", 120));
        if (current.get("version") != null) {
            change.put("version", current.get("version"));
        }
        as("school-admin").body(change).put(API + "/practice-targets/" + school).then().statusCode(200)
                .body("targetHours", equalTo(120)).body("configuredDefault", equalTo(false));
        as("school-admin").body(Map.of("targetHours", 2001)).put(API + "/practice-targets/" + school).then()
                .statusCode(400);
        as("school-admin").body(Map.of("targetHours", 100, "version", -1)).put(API + "/practice-targets/" + school)
                .then().statusCode(409);
        List<Integer> targets = as("school-admin").queryParam("school", school).queryParam("year", 2026)
                .get(API + "/practice-plans").then().statusCode(200).extract().path("items.targetHours");
        assertTrue(targets.stream().allMatch(t -> t == 120), targets.toString());
        // the dashboard learns of it: PracticeTargetSet, keyed by the school, as its schema says
        List<ConsumerRecord<String, String>> set = talentEvents(school.toString(), "PracticeTargetSet", 1);
        assertTrue(set.stream().anyMatch(r -> r.value().contains("\"targetHours\":120")), set.toString());
    }
}
