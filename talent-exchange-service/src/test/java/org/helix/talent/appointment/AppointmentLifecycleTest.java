package org.helix.talent.appointment;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.testing.HelixTestResource;
import org.helix.talent.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.helix.talent.TalentFixtures.API;
import static org.helix.talent.TalentFixtures.LAKESIDE_POLYTECHNIC;
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
 * An appointment's life: proposed, approved by home and host (an edit clears the approvals), activated on its start
 * date and completed after its end date by the clock-driven job, or terminated; each step's event as documented.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "talent"))
class AppointmentLifecycleTest {

    @Inject
    TestClock clock;

    @Inject
    AppointmentScheduleJob job;

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void bothApprovalsAreNeededAnEditClearsThemAndTheClockActivatesAndCompletes() {
        UUID teacher = register("school-admin", teacher(RIVERSIDE_COLLEGE, null));
        LocalDate start = LocalDate.now(clock).plusDays(10);
        Map<String, Object> terms = practice(teacher, NOVA_MANUFACTURING, RIVERSIDE_COLLEGE, start, start.plusDays(30));
        UUID id = propose("school-admin", terms);
        String path = API + "/appointments/" + id;

        as("school-admin").post(path + "/approvals").then().statusCode(200).body("status", equalTo("PROPOSED"))
                .body("homeApproval.approvedBy", notNullValue()).body("greenChannel", equalTo(false))
                .body("greenChannelReason", containsString("part-time teaching only"));
        as("school-admin").post(path + "/approvals").then().statusCode(409)
                .body("type", containsString("already-approved"));

        terms.put("hoursPerWeek", 24);
        terms.put("version", 1);
        as("enterprise-rep").body(terms).put(path).then().statusCode(200).body("status", equalTo("PROPOSED"))
                .body("homeApproval", nullValue()).body("hoursPerWeek", equalTo(24));
        as("enterprise-rep").post(path + "/approvals").then().statusCode(200).body("status", equalTo("PROPOSED"));
        as("school-admin").post(path + "/approvals").then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("payLines.size()", equalTo(2)).body("payLines[0].amount", equalTo(8000.00f));

        job.run();
        as("teacher").get(path).then().statusCode(404);
        as("school-admin").get(path).then().statusCode(200).body("status", equalTo("APPROVED"));
        clock.advance(Duration.ofDays(10));
        job.run();
        as("enterprise-rep").get(path).then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("activatedAt", notNullValue());
        clock.advance(Duration.ofDays(31));
        job.run();
        as("enterprise-rep").get(path).then().statusCode(200).body("status", equalTo("COMPLETED"));
        as("enterprise-rep").body(terms).put(path).then().statusCode(409)
                .body("type", containsString("illegal-transition"));

        ConsumerRecord<String, String> activated = talentEvents(id.toString(), "AppointmentActivated", 1).get(0);
        assertTrue(activated.value().contains("\"greenChannel\":false"), activated.value());
        ConsumerRecord<String, String> completed = talentEvents(id.toString(), "AppointmentCompleted", 1).get(0);
        assertTrue(completed.value().contains("\"endedOn\":\"" + start.plusDays(30) + "\""), completed.value());
    }

    @Test
    void anAppointmentIsTerminatedWithAReasonAndThenNothingMoreHappensToIt() {
        UUID teacher = register("school-admin", teacher(RIVERSIDE_COLLEGE, null));
        LocalDate today = LocalDate.now(clock);
        UUID id = propose("enterprise-rep", practice(teacher, NOVA_MANUFACTURING, RIVERSIDE_COLLEGE, today,
                today.plusDays(60)));
        String path = API + "/appointments/" + id;
        as("school-admin").post(path + "/approvals").then().statusCode(200);
        as("enterprise-rep").post(path + "/approvals").then().statusCode(200).body("status", equalTo("ACTIVE"));

        as("school-admin").body(Map.of("reason", " ")).post(path + "/terminate").then().statusCode(400);
        as("school-admin").body(Map.of("reason", "The workshop closed for refurbishment")).post(path + "/terminate")
                .then().statusCode(200).body("status", equalTo("TERMINATED"))
                .body("endReason", equalTo("The workshop closed for refurbishment"));
        as("school-admin").post(path + "/approvals").then().statusCode(409);
        as("school-admin").body(Map.of("reason", "again")).post(path + "/terminate").then().statusCode(409);

        talentEvents(id.toString(), "AppointmentActivated", 1);
        ConsumerRecord<String, String> terminated = talentEvents(id.toString(), "AppointmentTerminated", 1).get(0);
        assertTrue(terminated.value().contains("refurbishment"), terminated.value());
    }

    @Test
    void theTermsAreCheckedAgainstThePersonTheHostAndThePayers() {
        UUID teacher = register("school-admin", teacher(RIVERSIDE_COLLEGE, null));
        LocalDate start = LocalDate.now(clock).plusDays(5);
        Map<String, Object> atASchool = practice(teacher, LAKESIDE_POLYTECHNIC, RIVERSIDE_COLLEGE, start,
                start.plusDays(5));
        as("school-admin").body(atASchool).post(API + "/appointments").then().statusCode(422)
                .body("errors[0].field", equalTo("hostOrganisationId"));
        Map<String, Object> asTeaching = practice(teacher, NOVA_MANUFACTURING, RIVERSIDE_COLLEGE, start,
                start.plusDays(5));
        asTeaching.put("kind", "PART_TIME_TEACHING");
        as("school-admin").body(asTeaching).post(API + "/appointments").then().statusCode(422)
                .body("errors[0].field", equalTo("profileId"));
        Map<String, Object> backwards = practice(teacher, NOVA_MANUFACTURING, RIVERSIDE_COLLEGE, start,
                start.minusDays(1));
        as("school-admin").body(backwards).post(API + "/appointments").then().statusCode(422)
                .body("errors[0].field", equalTo("endDate"));
        Map<String, Object> strangerPays = practice(teacher, NOVA_MANUFACTURING, RIVERSIDE_COLLEGE, start,
                start.plusDays(5));
        strangerPays.put("payLines", java.util.List.of(Map.of("payerOrganisationId", LAKESIDE_POLYTECHNIC,
                "amount", "10.00", "currency", "CNY", "basis", "LUMP_SUM")));
        as("school-admin").body(strangerPays).post(API + "/appointments").then().statusCode(422)
                .body("errors[0].field", equalTo("payLines"));
        as("school-admin-2").body(practice(teacher, NOVA_MANUFACTURING, RIVERSIDE_COLLEGE, start,
                start.plusDays(5))).post(API + "/appointments").then().statusCode(403);
    }
}
