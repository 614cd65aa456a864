package org.helix.talent.organisation;

import io.restassured.response.ValidatableResponse;
import org.helix.platform.testing.Tokens;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** What a test observes of the replica: what the API answers. */
final class Replica {

    static final String ORGANISATIONS = "/api/talent-exchange/organisations/";
    /** A fresh application joins the consumer group and may first read the topic's backlog. */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    private Replica() {
    }

    static ValidatableResponse get(UUID organisationId) {
        return given().auth().oauth2(Tokens.user("secretariat")).get(ORGANISATIONS + organisationId).then();
    }

    /** Waits until the organisation can be read with that name. */
    static void awaitName(UUID organisationId, String name) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> get(organisationId).statusCode(200).body("name", equalTo(name)));
    }
}
