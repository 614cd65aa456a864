package org.helix.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(UpstreamStubResource.class)
class ErrorsTest {

    @BeforeEach
    void authenticate() {
        GatewayTests.authenticateAsPartner();
    }

    @AfterEach
    void forget() {
        GatewayTests.forgetAuthentication();
    }


    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void unknownServiceIsA404Problem() {
        Response response = given().when().get("/api/nonesuch/things?x=1");
        response.then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:helix:problem:unknown-service"))
                .body("title", equalTo("Unknown service"))
                .body("status", equalTo(404))
                .body("detail", containsString("nonesuch"))
                .body("instance", equalTo("/api/nonesuch/things"))
                .body("requestId", equalTo(response.header("X-Request-Id")));
    }

    @Test
    void pathWithoutServiceIsA404Problem() {
        given().when().get("/api/")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:helix:problem:unknown-service"));
    }

    @Test
    void dotSegmentsCannotReachAnotherPrefix() {
        // normalised to /api/nonesuch/x: routed by the normalised path, never to governance
        given().urlEncodingEnabled(false)
                .when().get("/api/governance/../nonesuch/x")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:helix:problem:unknown-service"));
    }

    @Test
    void unreachableUpstreamIsA503ProblemWithRetryAfter() {
        Response response = given().header("X-Request-Id", "req-offline-1")
                .contentType("application/json").body("{\"a\":1}")
                .when().post("/api/" + UpstreamStubResource.OFFLINE + "/things");
        response.then()
                .statusCode(503)
                .header("Retry-After", "5")
                .header("X-Request-Id", "req-offline-1")
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:helix:problem:upstream-unavailable"))
                .body("status", equalTo(503))
                .body("instance", equalTo("/api/offline/things"))
                .body("requestId", equalTo("req-offline-1"))
                // no internals (host, port, exception) leak to the client
                .body("detail", not(containsString("localhost")))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void anUpstreamThatGoesAwayBeforeAnsweringIsA503ToRetryNotA502() {
        Response response = given().when().get("/api/funding/hang-up");
        response.then()
                .statusCode(503)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:helix:problem:upstream-unavailable"))
                .body("requestId", equalTo(response.header("X-Request-Id")));
        assertTrue(response.header("Retry-After") != null, "a 503 says when to retry");
    }

    @Test
    void slowUpstreamIsA504ProblemWithinTheTimeout() {
        Duration timeout = ConfigProvider.getConfig().getValue("helix.gateway.response-timeout", Duration.class);
        assertTrue(timeout.toMillis() < UpstreamStub.SLOW_MILLIS, "test profile must set a short timeout");

        long started = System.nanoTime();
        Response response = given().when().get("/api/governance/slow");
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        response.then()
                .statusCode(504)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:helix:problem:upstream-timeout"))
                .body("status", equalTo(504))
                .body("requestId", equalTo(response.header("X-Request-Id")));
        assertTrue(elapsedMillis >= timeout.toMillis() - 50,
                "answered after " + elapsedMillis + " ms, before the timeout of " + timeout.toMillis() + " ms");
        assertTrue(elapsedMillis < timeout.toMillis() + 2_000,
                "answered after " + elapsedMillis + " ms, timeout is " + timeout.toMillis() + " ms");
    }

    @Test
    void stoppedUpstreamIsA503ProblemAndServedAgainOnceItIsBack() {
        given().when().get("/api/" + UpstreamStubResource.STOPPABLE + "/before").then().statusCode(200);
        GatewayTests.stopUpstream(UpstreamStubResource.STOPPABLE);
        try {
            given().when().get("/api/" + UpstreamStubResource.STOPPABLE + "/while-stopped")
                    .then()
                    .statusCode(503)
                    .header("Retry-After", "5")
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("urn:helix:problem:upstream-unavailable"))
                    .body("status", equalTo(503));
        } finally {
            GatewayTests.startUpstream(UpstreamStubResource.STOPPABLE);
        }
        given().when().get("/api/" + UpstreamStubResource.STOPPABLE + "/after").then().statusCode(200);
    }

    @Test
    void responseTimeoutCanBeSetPerUpstream() {
        Duration curriculum = ConfigProvider.getConfig()
                .getValue("helix.gateway.timeouts.curriculum.response", Duration.class);
        Duration general = ConfigProvider.getConfig().getValue("helix.gateway.response-timeout", Duration.class);
        assertTrue(curriculum.compareTo(general) < 0, "test profile must give curriculum a shorter timeout");

        long started = System.nanoTime();
        given().when().get("/api/curriculum/slow")
                .then()
                .statusCode(504)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:helix:problem:upstream-timeout"))
                .body("detail", containsString(curriculum.toMillis() + " ms"));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(elapsedMillis >= curriculum.toMillis() - 50 && elapsedMillis < general.toMillis(),
                "answered after " + elapsedMillis + " ms; curriculum's timeout is " + curriculum.toMillis() + " ms");
    }

    @Test
    void gatewayStaysUsableAfterAnUpstreamTimeout() {
        given().when().get("/api/governance/slow").then().statusCode(504);
        Response after = given().when().get("/api/governance/after-timeout");
        assertEquals(200, after.statusCode());
        assertEquals("/api/governance/after-timeout", after.path("path"));
    }
}
