package org.helix.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** CORS with the test profile's origins: the local portal (the default) and https://portal.helix.test. */
@QuarkusTest
@WithTestResource(UpstreamStubResource.class)
class CorsTest {

    private static final String PORTAL = "http://localhost:5173";
    private static final String OTHER_PORTAL = "https://portal.helix.test";
    private static final String STRANGER = "https://evil.example";
    private static final String PATH = "/api/governance/organisations";

    @BeforeEach
    void authenticate() {
        GatewayTests.authenticateAsPartner();
    }

    @AfterEach
    void forget() {
        GatewayTests.forgetAuthentication();
    }

    @Test
    void preflightFromAConfiguredOriginIsAnsweredAtTheGateway() {
        for (String origin : new String[] { PORTAL, OTHER_PORTAL }) {
            String requestId = GatewayTests.newRequestId();
            given()
                    .header("Origin", origin)
                    .header("X-Request-Id", requestId)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key")
                    .when().options(PATH)
                    .then()
                    .statusCode(204)
                    .header("Access-Control-Allow-Origin", origin)
                    .header("Access-Control-Allow-Credentials", "true")
                    .header("Access-Control-Allow-Methods", containsString("POST"))
                    .header("Access-Control-Allow-Headers", allOf(containsString("Authorization"),
                            containsString("Idempotency-Key"), containsString("If-Match")))
                    .header("Access-Control-Max-Age", "600")
                    .header("Vary", containsString("Origin"));
            assertEquals(0, GatewayTests.upstreamSaw(requestId), "a preflight must be answered by the gateway");
        }
    }

    @Test
    void requestFromAConfiguredOriginGetsCredentialsAndExposedHeaders() {
        given().header("Origin", PORTAL)
                .contentType("application/json").body("{}")
                .when().post(PATH)
                .then()
                .statusCode(201)
                .header("Access-Control-Allow-Origin", PORTAL)
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Expose-Headers", allOf(containsString("Location"), containsString("ETag"),
                        containsString("X-Request-Id"), containsString("RateLimit-Remaining"),
                        containsString("RateLimit-Limit"), containsString("RateLimit-Reset"),
                        containsString("Retry-After")))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void gatewayProblemsCarryCorsHeadersSoThePageCanReadThem() {
        RestAssured.requestSpecification = null; // no token
        given().header("Origin", PORTAL)
                .when().get(PATH)
                .then()
                .statusCode(401)
                .header("Access-Control-Allow-Origin", PORTAL)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void anotherOriginIsRefusedForPreflightAndRequest() {
        String preflightId = GatewayTests.newRequestId();
        given()
                .header("Origin", STRANGER)
                .header("X-Request-Id", preflightId)
                .header("Access-Control-Request-Method", "GET")
                .when().options(PATH)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:cors-rejected"))
                .header("Access-Control-Allow-Origin", nullValue());

        String requestId = GatewayTests.newRequestId();
        given().header("Origin", STRANGER).header("X-Request-Id", requestId)
                .contentType("application/json").body("{\"x\":1}")
                .when().post(PATH)
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:helix:problem:cors-rejected"))
                .header("Access-Control-Allow-Origin", nullValue());
        assertEquals(0, GatewayTests.upstreamSaw(preflightId));
        assertEquals(0, GatewayTests.upstreamSaw(requestId), "a refused cross-origin write must not reach a service");
    }

    @Test
    void preflightAskingForAHeaderNotAllowedIsRefused() {
        given()
                .header("Origin", PORTAL)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "x-internal-admin")
                .when().options(PATH)
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:helix:problem:cors-rejected"));
    }

    @Test
    void theGatewaysOwnOriginIsNotCrossOrigin() {
        given().header("Origin", "http://localhost:" + RestAssured.port)
                .when().get(PATH)
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
