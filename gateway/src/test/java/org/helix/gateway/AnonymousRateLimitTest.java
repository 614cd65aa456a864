package org.helix.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Requests without a valid token spend their client address's anonymous budget: over it, 429 with Retry-After;
 * a caller with a token verified before is not affected.
 */
@QuarkusTest
@TestProfile(AnonymousRateLimitTest.SmallAnonymousBudget.class)
@WithTestResource(UpstreamStubResource.class)
class AnonymousRateLimitTest {

    private static final String PATH = "/api/governance/organisations";

    /** Three refused requests at once, then one every 10 s. */
    public static class SmallAnonymousBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("helix.gateway.rate-limit.anonymous.per-second", "0.1",
                    "helix.gateway.rate-limit.anonymous.burst", "3");
        }
    }

    @Test
    void refusedRequestsOverTheAddressBudgetGet429WhileAValidTokenStillPasses() {
        String valid = GatewayTests.partnerToken();
        given().header("Authorization", "Bearer " + valid).get(PATH).then().statusCode(200);

        given().get(PATH).then().statusCode(401);
        given().header("Authorization", "Bearer not-a-jwt").get(PATH).then().statusCode(401);
        given().header("Authorization", "Bearer " + GatewayTests.partnerToken() + "x").get(PATH).then().statusCode(401);
        given().get(PATH).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:helix:problem:rate-limited"))
                .body("status", equalTo(429));
        given().header("Authorization", "Bearer a.b.c").get(PATH).then().statusCode(429);

        given().header("Authorization", "Bearer " + valid).get(PATH).then().statusCode(200);
    }
}
