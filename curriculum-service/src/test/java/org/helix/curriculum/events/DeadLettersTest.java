package org.helix.curriculum.events;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.KafkaTestClient;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.helix.curriculum.CurriculumFixtures.API;
import static org.helix.curriculum.CurriculumFixtures.GOVERNANCE;
import static org.helix.curriculum.CurriculumFixtures.PATIENCE;
import static org.helix.curriculum.CurriculumFixtures.RIVERSIDE_COLLEGE;
import static org.helix.curriculum.CurriculumFixtures.TALENT;
import static org.helix.curriculum.CurriculumFixtures.as;
import static org.helix.curriculum.CurriculumFixtures.awaitTeacherKnown;

/**
 * Poison on each of curriculum's two channels (governance's and talent's topics) goes to {@code helix.curriculum.dlq}
 * with its reason while the next event of the channel is still applied, and an admin replays the dead letters (what
 * is still poison stays, listed with its reason). The mechanism is the platform's; this checks curriculum's wiring.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "curriculum"))
class DeadLettersTest {

    private static final String DEAD_LETTERS = "helix.curriculum.dlq";
    private static final String REPLAY = API + "/admin/dead-letters/replay";

    @Test
    void poisonFromGovernanceIsDeadLetteredAndTheNextOrganisationIsStillApplied() {
        ContractFixture good = ContractFixture.ofEvent("governance-service", "OrganisationRegistered")
                .with("name", "Dockside Training Centre").with("type", "SCHOOL").with("version", 0);
        String id = good.text("organisationId");
        String subject = "Organisation/" + id;
        GOVERNANCE.send("helix.governance.OrganisationRegistered", subject, id, bytes("{not json"));
        String nameless = GOVERNANCE.send("helix.governance.OrganisationRegistered", subject, id,
                bytes(good.without("name").unchecked()));
        GOVERNANCE.send("helix.governance.OrganisationRegistered", subject, id, good.bytes());

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> as("teacher")
                .get(API + "/organisations/" + id).then().statusCode(200)
                .body("name", equalTo("Dockside Training Centre")));
        assertThat(reasons(id, 2), hasItems(containsString("data is not valid JSON"),
                containsString("name is missing")));

        given().auth().oauth2(Tokens.user("secretariat")).post(REPLAY).then().statusCode(403);
        List<String> stillPoison = given().auth().oauth2(Tokens.user("admin")).post(REPLAY).then().statusCode(200)
                .body("topic", equalTo(DEAD_LETTERS)).extract().jsonPath().getList("stillPoison.eventId");
        assertThat("without a fix, poison stays poison", stillPoison, hasItem(nameless));
    }

    @Test
    void poisonFromTalentIsDeadLetteredAndTheNextProfileIsStillApplied() {
        UUID teacher = UUID.randomUUID();
        String key = teacher.toString();
        ContractFixture kindless = ContractFixture.ofEvent("talent-exchange-service", "ProfileRegistered")
                .with("profileId", key).with("organisationId", RIVERSIDE_COLLEGE.toString())
                .with("displayName", "Kindless Teacher").with("titleRank", "LECTURER").with("version", 0)
                .without("kind");
        TALENT.send("helix.talent.ProfileRegistered", "Profile/" + key, key, bytes(kindless.unchecked()));
        TALENT.send("helix.talent.ProfileRegistered", "Profile/" + key, key, bytes("[1, 2, 3]"));
        // a good profile read after the poison (same partition)
        UUID next = UUID.fromString(TALENT.keyInSamePartitionAs(key));
        TALENT.send("helix.talent.ProfileRegistered", "Profile/" + next, next.toString(), kindless
                .with("profileId", next.toString()).with("kind", "TEACHER").bytes());
        awaitTeacherKnown(next);

        assertThat(reasons(key, 2), hasItems(containsString("kind"), containsString("not a JSON object")));
        as("secretariat").get(API + "/teachers/" + teacher).then().statusCode(404);
    }

    private static List<String> reasons(String key, int expected) {
        List<ConsumerRecord<String, String>> deadLetters = KafkaTestClient.forTestServers().read(DEAD_LETTERS,
                r -> key.equals(r.key()), found -> found.size() >= expected, PATIENCE);
        assertThat(deadLetters, hasSize(expected));
        return deadLetters.stream().map(r -> KafkaTestClient.header(r, "dead-letter-reason")).toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
