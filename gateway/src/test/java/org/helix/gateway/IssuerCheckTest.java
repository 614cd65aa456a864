package org.helix.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The issuer check on its own: this gateway expects another issuer than the realm's, so a token that is genuine in
 * every other respect (signed with the realm's current key, unexpired, audience helix-api) is a wrong-issuer token.
 */
@QuarkusTest
@WithTestResource(value = UpstreamStubResource.class, initArgs = @ResourceArg(
        name = UpstreamStubResource.EXPECTED_ISSUER, value = "http://issuer.invalid/realms/helix"))
class IssuerCheckTest {

    @Test
    void validlySignedTokenOfAnotherIssuerIs401AndNeverReachesTheUpstream() {
        String requestId = GatewayTests.newRequestId();
        given().header("Authorization", "Bearer " + Tokens.client("partner-school"))
                .header("X-Request-Id", requestId)
                .when().get("/api/governance/organisations")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helix:problem:unauthenticated"));
        assertEquals(0, GatewayTests.upstreamSaw(requestId));
    }
}
