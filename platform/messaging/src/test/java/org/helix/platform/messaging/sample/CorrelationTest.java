package org.helix.platform.messaging.sample;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.testing.CloudEventTopic;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.KafkaTestClient;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One correlation id from the first request through every event and audit row it causes: a request's chain is its
 * request id; an event's handler works under the event's {@code ce_correlationid} and trace context, so the change it
 * audits and the event it publishes belong to the same chain; an event without one starts a chain under its own id.
 * Real Kafka records, a real PostgreSQL, real tokens.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = {@ResourceArg(name = "database", value = "sample"),
        @ResourceArg(name = "postgres", value = "private")})
class CorrelationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String OUTBOX_TOPIC = "helix.sample-outbox.v1";
    private static final String CHAINS = "/api/sample/admin/correlations/";

    private final CloudEventTopic sample = new CloudEventTopic(SampleTopic.TOPIC, "/helix/sample");

    @Test
    void aRequestsChainIsItsRequestIdOnTheAuditRowAndTheEventItCauses() {
        UUID venue = UUID.randomUUID();
        String requestId = "partner-order-" + UUID.randomUUID();
        given().header("X-Request-Id", requestId).post("/api/sample/venues/" + venue + "/cheers").then()
                .statusCode(204);

        JsonPath chain = chain(requestId);
        assertEquals("messaging-sample", chain.getString("service"));
        assertThat(chain.getList("changes"), hasSize(1));
        assertEquals(venue.toString(), chain.getString("changes[0].resourceId"));
        assertEquals(requestId, chain.getString("changes[0].requestId"));
        assertEquals(requestId, chain.getString("changes[0].correlationId"));
        assertThat(chain.getList("published"), hasSize(1));
        assertEquals(Cheers.RAISED, chain.getString("published[0].type"));
        assertEquals(requestId, correlationIdSent(venue));
    }

    @Test
    void anEventsHandlerWorksInTheEventsChainAndTraceAndPassesThemOn() {
        UUID venue = UUID.randomUUID();
        String correlationId = "chain-" + UUID.randomUUID();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String eventId = UUID.randomUUID().toString();
        sample.send(eventId, CheerRequests.REQUESTED, "Venue/" + venue, venue.toString(),
                cheerRequest(venue), Instant.now(), Map.of("ce_correlationid", correlationId,
                        "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));

        ConsumerRecord<String, String> sent = sentFor(venue);
        assertEquals(correlationId, KafkaTestClient.header(sent, "ce_correlationid"));
        assertThat("the same trace goes on", KafkaTestClient.header(sent, "traceparent"), startsWith("00-" + traceId));

        JsonPath chain = chain(correlationId);
        assertThat(chain.getList("applied"), hasSize(1));
        assertEquals(eventId, chain.getString("applied[0].eventId"));
        assertThat(chain.getList("changes"), hasSize(1));
        assertEquals(correlationId, chain.getString("changes[0].correlationId"));
        assertThat("applied by an event, not a request", chain.getString("changes[0].requestId"), equalTo(null));
        assertThat(chain.getList("published"), hasSize(1));
    }

    @Test
    void anEventWithoutACorrelationIdStartsAChainUnderItsOwnId() {
        UUID venue = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        sample.send(eventId, CheerRequests.REQUESTED, "Venue/" + venue, venue.toString(), cheerRequest(venue));

        assertEquals(eventId, correlationIdSent(venue));
        JsonPath chain = chain(eventId);
        assertThat(chain.getList("applied"), hasSize(1));
        assertThat(chain.getList("changes"), hasSize(1));
    }

    @Test
    void onlyAnAdminSeesAChainAndAMalformedIdIsA400() {
        given().get(CHAINS + "some-id").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.user("secretariat")).get(CHAINS + "some-id").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.user("admin")).urlEncodingEnabled(false).get(CHAINS + "two%20words").then()
                .statusCode(400).contentType("application/problem+json");
        JsonPath unknown = given().auth().oauth2(Tokens.user("admin")).get(CHAINS + "never-seen").then()
                .statusCode(200).extract().jsonPath();
        assertThat(unknown.getList("changes"), hasSize(0));
        assertThat(unknown.getList("published"), hasSize(0));
        assertThat(unknown.getList("applied"), hasSize(0));
    }

    private static byte[] cheerRequest(UUID venue) {
        return ("{\"venueId\":\"" + venue + "\",\"chant\":\"olé\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** The chain once its event has left the outbox (the relay sends right after the commit). */
    private static JsonPath chain(String correlationId) {
        return await().atMost(PATIENCE).until(() -> given().auth().oauth2(Tokens.user("admin"))
                .get(CHAINS + correlationId).then().statusCode(200).extract().jsonPath(),
                chain -> !chain.getList("published").isEmpty());
    }

    private static ConsumerRecord<String, String> sentFor(UUID venue) {
        List<ConsumerRecord<String, String>> sent = KafkaTestClient.forTestServers().read(OUTBOX_TOPIC,
                r -> venue.toString().equals(r.key()), found -> !found.isEmpty(), PATIENCE);
        assertThat(sent, hasSize(1));
        return sent.get(0);
    }

    private static String correlationIdSent(UUID venue) {
        return KafkaTestClient.header(sentFor(venue), "ce_correlationid");
    }
}
