package org.helix.incubation.events;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.helix.incubation.IncubationFixtures.API;
import static org.helix.incubation.IncubationFixtures.GOVERNANCE;
import static org.helix.incubation.IncubationFixtures.NOVA_MANUFACTURING;
import static org.helix.incubation.IncubationFixtures.PATIENCE;
import static org.helix.incubation.IncubationFixtures.RIVERSIDE_COLLEGE;
import static org.helix.incubation.IncubationFixtures.TALENT;
import static org.helix.incubation.IncubationFixtures.as;
import static org.helix.incubation.IncubationFixtures.assignMentor;
import static org.helix.incubation.IncubationFixtures.incubating;

/**
 * Poison on the governance and talent channels (funding's: {@code MilestoneAndFundingTest}): a record that is not a
 * CloudEvent, or whose data misses or mangles a field the consumer needs, goes to {@code helix.incubation.dlq} with
 * its reason, and the good event after it (same key, so same partition, read after it) is still applied.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "incubation"))
class PoisonOnEveryChannelTest {

    private static final String DEAD_LETTERS = "helix.incubation.dlq";

    @Test
    void anOrganisationEventThatCannotBeReadIsDeadLetteredAndTheNextIsApplied() {
        ContractFixture good = ContractFixture.ofEvent("governance-service", "OrganisationRegistered")
                .with("name", "Harbour Vocational College").with("type", "SCHOOL").with("version", 0);
        String id = good.text("organisationId");
        GOVERNANCE.sendRaw(id, bytes("not a CloudEvent"));
        GOVERNANCE.send("helix.governance.OrganisationRegistered", "Organisation/" + id, id,
                bytes(good.without("name").unchecked()));
        GOVERNANCE.send("helix.governance.OrganisationRegistered", "Organisation/" + id, id,
                bytes(good.with("type", "GUILD").unchecked()));
        GOVERNANCE.send("helix.governance.OrganisationRegistered", "Organisation/" + id, id, good.bytes());

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> as("secretariat")
                .get(API + "/organisations/" + id).then().statusCode(200)
                .body("name", equalTo("Harbour Vocational College")).body("type", equalTo("SCHOOL")));
        assertThat(reasons(id, 3), hasItems(containsString("not a CloudEvent"),
                containsString("name is missing"), containsString("type is not a known")));
    }

    @Test
    void aTalentEventThatCannotBeReadIsDeadLetteredAndTheNextIsApplied() {
        // a teacher's profile: poison first (not a CloudEvent, an unknown kind), then the good one
        UUID teacher = UUID.randomUUID();
        ContractFixture profile = ContractFixture.ofEvent("talent-exchange-service", "ProfileRegistered")
                .with("profileId", teacher.toString()).with("kind", "TEACHER")
                .with("organisationId", RIVERSIDE_COLLEGE.toString()).with("personSubject", null)
                .with("displayName", "Ms Poison-Proof").with("version", 0);
        TALENT.sendRaw(teacher.toString(), bytes("{\"profileId\": \"" + teacher + "\"}"));
        TALENT.send("helix.talent.ProfileRegistered", "Profile/" + teacher, teacher.toString(),
                bytes(profile.with("kind", "ROBOT").unchecked()));
        TALENT.send("helix.talent.ProfileRegistered", "Profile/" + teacher, teacher.toString(), profile.bytes());
        assignMentor(incubating(), teacher);
        assertThat(reasons(teacher.toString(), 2), hasItems(containsString("not a CloudEvent"),
                containsString("kind is not a known")));

        // an expert's part-time teaching: an activation with a mangled end date, then a good one (same key)
        UUID expert = UUID.randomUUID();
        TALENT.send("helix.talent.ProfileRegistered", "Profile/" + expert, expert.toString(), profile
                .with("profileId", expert.toString()).with("kind", "EXPERT")
                .with("organisationId", NOVA_MANUFACTURING.toString()).bytes());
        UUID appointment = UUID.randomUUID();
        ContractFixture activated = ContractFixture.ofEvent("talent-exchange-service", "AppointmentActivated")
                .with("appointmentId", appointment.toString()).with("kind", "PART_TIME_TEACHING")
                .with("profileId", expert.toString()).with("homeOrganisationId", NOVA_MANUFACTURING.toString())
                .with("hostOrganisationId", RIVERSIDE_COLLEGE.toString())
                .with("startDate", LocalDate.now().minusDays(1).toString())
                .with("endDate", LocalDate.now().plusDays(90).toString());
        TALENT.send("helix.talent.AppointmentActivated", "Appointment/" + appointment, appointment.toString(),
                bytes(activated.with("endDate", "next spring").unchecked()));
        TALENT.send("helix.talent.AppointmentActivated", "Appointment/" + appointment, appointment.toString(),
                activated.bytes());
        assignMentor(incubating(), expert);
        assertThat(reasons(appointment.toString(), 1), hasItems(containsString("endDate is not a date")));
    }

    /** The dead-letter reasons of the records keyed {@code key}, once at least {@code count} have arrived. */
    private static List<String> reasons(String key, int count) {
        List<ConsumerRecord<String, String>> dead = KafkaTestClient.forTestServers().read(DEAD_LETTERS,
                record -> key.equals(record.key()), found -> found.size() >= count, PATIENCE);
        return dead.stream().map(record -> KafkaTestClient.header(record, "dead-letter-reason")).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
