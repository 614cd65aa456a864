package org.helix.governance.observability;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.governance.GovernanceServers;
import org.helix.platform.testing.KafkaTestClient;
import org.helix.platform.testing.Tokens;
import org.helix.platform.tokencheck.LazyAuthFailureHandlerFilter;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@GovernanceServers
class ObservabilityTest {

    @Inject
    AuthFailureHandlerProbe probe;

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"), "checks.name", hasItems(
                        "Database connections health check", "Kafka connection health check"));
    }

    @Test
    void prometheusMetricsAndOpenApiAreServed() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/governance/organisations'", notNullValue());
    }

    @Test
    void aRequestIsNotMatchedASecondTimeForItsUrlTemplate() {
        given().auth().oauth2(Tokens.user("secretariat")).header(AuthFailureHandlerProbe.PROBED_HEADER, "yes")
                .get("/api/governance/organisations").then().statusCode(200);

        // quarkus-rest works out the URL template (all resource classes matched again) only while it finds Quarkus'
        // default handler here; the platform's handler in place means it did not
        assertSame(LazyAuthFailureHandlerFilter.FAIL_THE_ROUTE, probe.lastSeen());
    }

    @Test
    void aRefusedTokenIsCountedUnderTheEndpointsUrlTemplate() {
        String path = "/api/governance/organisations/" + UUID.randomUUID();
        given().auth().oauth2("not.a.token").get(path).then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("status=\"401\",uri=\"/api/governance/organisations/{id}\""), "401s by template");
        assertFalse(metrics.contains(path), "never by the request's own path (one series per id)");
    }

    @Test
    void aRefusedTokenIsAnsweredAndLoggedOnce() {
        String path = "/api/governance/organisations/" + UUID.randomUUID();
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = ((ExtLogRecord) record).getFormattedMessage();
                if (message != null && message.contains(path)) {
                    lines.add(record.getLevel() + " " + message);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            given().auth().oauth2("not.a.token").get(path).then().statusCode(401)
                    .contentType("application/problem+json").body("status", equalTo(401));
            // the second answer, where there is one, comes right after the first on the same event loop
            await().atMost(Duration.ofSeconds(5)).until(() -> !lines.isEmpty());
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertEquals(
                    List.of("INFO GET " + path + " refused: 401 urn:helix:problem:unauthenticated"), lines,
                    "one refusal, no second answer (\"Response has already been written\")"));
        } finally {
            root.removeHandler(capture);
        }
    }

    @Test
    void theTraceContextOfTheRequestTravelsWithTheEvent() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String id = given().auth().oauth2(Tokens.user("secretariat")).contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body("{\"name\": \"Traced Institute\", \"type\": \"SCHOOL\"}")
                .post("/api/governance/organisations").then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> records = KafkaTestClient.forTestServers().read("helix.governance.v1",
                record -> id.equals(record.key()), found -> !found.isEmpty(), Duration.ofSeconds(30));

        assertEquals(1, records.size());
        String traceparent = KafkaTestClient.header(records.get(0), "traceparent");
        assertNotNull(traceparent, "the event carries W3C trace context");
        assertTrue(traceparent.startsWith("00-" + traceId + "-"), "same trace as the request: " + traceparent);
        assertNotEquals("00-" + traceId + "-00f067aa0ba902b7-01", traceparent, "governance is a hop of its own");
    }

    @Test
    void aRequestWithoutTraceContextStartsATraceItsEventCarries() {
        String id = given().auth().oauth2(Tokens.user("secretariat")).contentType(ContentType.JSON)
                .body("{\"name\": \"Untraced Institute\", \"type\": \"SCHOOL\"}")
                .post("/api/governance/organisations").then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> records = KafkaTestClient.forTestServers().read("helix.governance.v1",
                record -> id.equals(record.key()), found -> !found.isEmpty(), Duration.ofSeconds(30));

        String traceparent = KafkaTestClient.header(records.get(0), "traceparent");
        assertNotNull(traceparent, "a trace starts with the request");
        assertTrue(traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), traceparent);
    }
}
