package org.helix.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The breaker of one upstream, {@code flaky}, with the test profile's threshold 3 and open duration 2 s. */
@QuarkusTest
@WithTestResource(UpstreamStubResource.class)
class CircuitBreakerTest {

    private static final String PATH = "/api/" + UpstreamStubResource.FLAKY + "/things";

    @BeforeEach
    void authenticate() {
        GatewayTests.authenticateAsPartner();
    }

    @AfterEach
    void restore() {
        GatewayTests.startUpstream(UpstreamStubResource.FLAKY);
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> given().get(PATH).statusCode() == 200);
        GatewayTests.forgetAuthentication();
    }

    private static void failUntilOpen() {
        GatewayTests.stopUpstream(UpstreamStubResource.FLAKY);
        for (int i = 0; i < 3; i++) {
            given().get(PATH).then().statusCode(503)
                    .body("type", equalTo("urn:helix:problem:upstream-unavailable"));
        }
    }

    private static void assertOpen() {
        long started = System.nanoTime();
        Response response = given().get(PATH);
        response.then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:upstream-circuit-open"))
                .body("status", equalTo(503));
        long retryAfter = Long.parseLong(response.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 6, "Retry-After " + retryAfter);
        assertTrue((System.nanoTime() - started) / 1_000_000 < 1_000, "an open breaker answers at once");
    }

    @Test
    void opensAfterConsecutiveFailuresAndClosesAfterASuccessfulProbe() {
        given().get(PATH).then().statusCode(200);
        failUntilOpen();
        assertOpen();
        given().get("/q/metrics").then()
                .body(containsString("helix_gateway_circuit_state{upstream=\"flaky\"} 1.0"));

        // back up, but the breaker keeps it cut off until the open duration is over
        GatewayTests.startUpstream(UpstreamStubResource.FLAKY);
        String requestId = GatewayTests.newRequestId();
        given().header("X-Request-Id", requestId).get(PATH).then().statusCode(503)
                .body("type", equalTo("urn:helix:problem:upstream-circuit-open"));
        assertTrue(GatewayTests.upstreamSaw(requestId) == 0, "an open breaker must not pass requests on");

        // then one request is the probe; it succeeds and closes the breaker
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get(PATH).statusCode() == 200);
        for (int i = 0; i < 5; i++) {
            given().get(PATH).then().statusCode(200);
        }
        given().get("/q/metrics").then()
                .body(containsString("helix_gateway_circuit_state{upstream=\"flaky\"} 0.0"));
    }

    @Test
    void aFailedProbeOpensTheBreakerAgain() {
        failUntilOpen();
        assertOpen();
        // still down when the probe is let through: the probe fails and the breaker opens for another period
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> "urn:helix:problem:upstream-unavailable".equals(given().get(PATH).path("type")));
        assertOpen();
    }

    @Test
    void otherUpstreamsAreNotAffectedByAnOpenBreaker() {
        failUntilOpen();
        assertOpen();
        given().get("/api/governance/meetings").then().statusCode(200);
    }
}
