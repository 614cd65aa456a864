package org.helix.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code GET /api/admin/correlations/{id}} asks every upstream for its part of the chain, with the caller's token and
 * the request id, and names the ones that do not answer instead of failing. (The parts' content, the real chain
 * across services, is checked in system-tests.)
 */
@QuarkusTest
@WithTestResource(UpstreamStubResource.class)
class CorrelationChainTest {

    @BeforeEach
    void authenticate() {
        GatewayTests.authenticateAsPartner();
    }

    @AfterEach
    void forget() {
        GatewayTests.forgetAuthentication();
    }

    @Test
    void asksEveryServiceForItsPartWithTheCallersTokenAndNamesTheOnesThatDoNotAnswer() {
        String requestId = GatewayTests.newRequestId();
        JsonPath chain = given().header("X-Request-Id", requestId).get("/api/admin/correlations/order-42")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();

        assertEquals("order-42", chain.getString("correlationId"));
        List<Map<String, Object>> services = chain.getList("services");
        // each stub echoes what it received: the service's own admin path, the caller's token, the request id
        assertThat(services.stream().map(echo -> (String) echo.get("path")).toList(), hasItems(
                "/api/governance/admin/correlations/order-42", "/api/talent-exchange/admin/correlations/order-42",
                "/api/incubation/admin/correlations/order-42", "/api/curriculum/admin/correlations/order-42",
                "/api/funding/admin/correlations/order-42"));
        for (Map<String, Object> echo : services) {
            @SuppressWarnings("unchecked")
            Map<String, List<String>> headers = (Map<String, List<String>>) echo.get("headers");
            assertThat(headers.get("authorization").get(0), containsString("Bearer "));
            assertEquals(List.of(requestId), headers.get("x-request-id"));
        }
        Map<String, Object> unavailable = chain.getMap("unavailable");
        assertThat(unavailable, hasKey(UpstreamStubResource.OFFLINE));
    }

    @Test
    void aMalformedCorrelationIdIsA400Problem() {
        given().urlEncodingEnabled(false).get("/api/admin/correlations/two%20words").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("correlationId"));
    }

    @Test
    void withoutATokenItIsA401LikeEveryApiPath() {
        GatewayTests.forgetAuthentication();
        given().get("/api/admin/correlations/order-42").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
