package org.helix.platform.messaging.sample;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.KafkaTestClient;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** After a fix, an admin replays the dead letters: what can now be applied is, once, however often it is replayed. */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = {@ResourceArg(name = "database", value = "sample"),
        @ResourceArg(name = "postgres", value = "private")})
class DeadLetterReplayTest {

    private static final String REPLAY = "/api/sample/admin/dead-letters/replay";

    private final SampleTopic sample = new SampleTopic();

    @Inject
    SampleDatabase database;

    @Inject
    ScoreBook scoreBook;

    @AfterEach
    void undoTheFix() {
        scoreBook.allowUpTo(ScoreBook.DEFAULT_MAXIMUM);
    }

    @Test
    void onlyAnAdminMayReplay() {
        given().post(REPLAY).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user("secretariat")).post(REPLAY).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aDeadLetterReplayedAfterTheFixIsAppliedOnceHoweverOftenItIsReplayed() {
        UUID venue = UUID.randomUUID();
        String tooHigh = sample.score(venue, 150);
        KafkaTestClient.forTestServers().read(SampleTopic.DEAD_LETTERS,
                r -> tooHigh.equals(KafkaTestClient.header(r, "ce_id")), found -> !found.isEmpty(),
                Duration.ofSeconds(60));
        assertEquals(0, database.scoreRows(List.of(tooHigh)));

        scoreBook.allowUpTo(200); // the fix

        JsonPath first = replay();
        assertThat(first.getInt("applied"), greaterThanOrEqualTo(1));
        assertThat(first.getList("stillPoison.eventId"), not(hasItem(tooHigh)));
        assertEquals(1, database.scoreRows(List.of(tooHigh)));

        JsonPath second = replay();
        assertEquals(0, second.getInt("applied"), "everything applicable was applied by the first replay");
        assertThat(second.getInt("alreadyApplied"), greaterThanOrEqualTo(1));
        assertEquals(first.getInt("deadLetters"), second.getInt("deadLetters"));
        assertEquals(1, database.scoreRows(List.of(tooHigh)), "a replay applies a dead letter once");
    }

    @Test
    void whatStillCannotBeAppliedIsListedWithItsReasonAndStaysOnTheTopic() {
        UUID venue = UUID.randomUUID();
        String tooHigh = sample.score(venue, 1000);
        KafkaTestClient.forTestServers().read(SampleTopic.DEAD_LETTERS,
                r -> tooHigh.equals(KafkaTestClient.header(r, "ce_id")), found -> !found.isEmpty(),
                Duration.ofSeconds(60));

        JsonPath report = replay();
        List<String> reasons = report.getList("stillPoison.findAll { it.eventId == '" + tooHigh + "' }.reason");
        assertThat(reasons, hasSize(1));
        assertThat(reasons.get(0), containsString("points 1000 above the maximum 100"));
        assertEquals(0, database.scoreRows(List.of(tooHigh)));
    }

    private static JsonPath replay() {
        return given().auth().oauth2(Tokens.user("admin")).post(REPLAY).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }
}
