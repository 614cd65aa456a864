package org.helix.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Rate limits with the test profile's budgets: {@code partner-financial} may read 3 at once (then 1 per 5 s) and
 * write 2 at once; every user may read 10 at once; other clients have ample budgets.
 */
@QuarkusTest
@WithTestResource(UpstreamStubResource.class)
class RateLimitTest {

    private static final String LIMITED_CLIENT = "partner-financial";

    private static Response read(String token, String requestId) {
        return given().header("Authorization", "Bearer " + token).header("X-Request-Id", requestId)
                .when().get("/api/funding/calls");
    }

    @Test
    void clientOverItsReadBudgetGets429WhileOtherClientsAndItsWritesAreUnaffected() {
        String limited = Tokens.client(LIMITED_CLIENT);
        String other = Tokens.client("partner-social");

        for (int expectedRemaining = 2; expectedRemaining >= 0; expectedRemaining--) {
            read(limited, GatewayTests.newRequestId()).then()
                    .statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(expectedRemaining))
                    .header("RateLimit-Policy", "3;w=15");
        }
        String refusedId = GatewayTests.newRequestId();
        Response refused = read(limited, refusedId);
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:rate-limited"))
                .body("status", equalTo(429))
                .body("detail", containsString("read budget of this client"))
                .header("RateLimit-Limit", "3")
                .header("RateLimit-Remaining", "0");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 5, "Retry-After " + retryAfter);
        long reset = Long.parseLong(refused.header("RateLimit-Reset"));
        assertTrue(reset >= retryAfter && reset <= 15, "RateLimit-Reset " + reset);
        assertEquals(0, GatewayTests.upstreamSaw(refusedId), "a refused request must not reach the upstream");

        // another client is not touched by that burst
        for (int i = 0; i < 5; i++) {
            read(other, GatewayTests.newRequestId()).then().statusCode(200)
                    .header("RateLimit-Limit", "1000");
        }
        // the limited client's writes have a budget of their own
        given().header("Authorization", "Bearer " + limited).contentType("application/json").body("{}")
                .when().post("/api/funding/applications")
                .then().statusCode(201).header("RateLimit-Limit", "2").header("RateLimit-Remaining", "1");
        given().header("Authorization", "Bearer " + limited).contentType("application/json").body("{}")
                .when().post("/api/funding/applications").then().statusCode(201);
        given().header("Authorization", "Bearer " + limited).contentType("application/json").body("{}")
                .when().post("/api/funding/applications")
                .then().statusCode(429).body("detail", containsString("write budget of this client"));

        given().when().get("/q/metrics").then()
                .body(containsString("helix_gateway_rate_limited_total{kind=\"read\",route=\"/api/funding/**\","
                        + "scope=\"client\"}"))
                .body(containsString("status=\"429\""));
    }

    @Test
    void userOverItsBudgetGets429WhileAnotherUserOfTheSamePortalIsUnaffected() {
        String student = Tokens.user("student");
        String teacher = Tokens.user("teacher");
        for (int i = 0; i < 10; i++) {
            read(student, GatewayTests.newRequestId()).then().statusCode(200);
        }
        read(student, GatewayTests.newRequestId()).then()
                .statusCode(429)
                .body("detail", containsString("read budget of this user"))
                .header("RateLimit-Limit", "10");
        read(teacher, GatewayTests.newRequestId()).then().statusCode(200);
    }
}
