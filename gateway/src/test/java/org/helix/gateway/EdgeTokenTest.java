package org.helix.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.helix.platform.testing.HelixTestServers;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** The token check at the edge, with real tokens of the test Keycloak. */
@QuarkusTest
@WithTestResource(UpstreamStubResource.class)
class EdgeTokenTest {

    private static final String PATH = "/api/governance/organisations";

    /** Sends the request with this Authorization header (null: none) and checks it was refused at the edge. */
    private static Response assertRefused(String authorization) {
        String requestId = GatewayTests.newRequestId();
        var request = given().header("X-Request-Id", requestId);
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        Response response = request.when().get(PATH);
        response.then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer realm=\"helix\""))
                .body("type", equalTo("urn:helix:problem:unauthenticated"))
                .body("status", equalTo(401))
                .body("requestId", equalTo(requestId));
        assertEquals(0, GatewayTests.upstreamSaw(requestId), "the upstream must never see a refused request");
        return response;
    }

    @Test
    void userAndClientTokensPassAndReachTheUpstreamUnchanged() {
        for (String token : List.of(Tokens.user("secretariat"), Tokens.client("partner-enterprise"))) {
            given().header("Authorization", "Bearer " + token)
                    .when().get(PATH)
                    .then()
                    .statusCode(200)
                    .body("headers.authorization", equalTo(List.of("Bearer " + token)));
        }
    }

    @Test
    void missingTokenIs401() {
        assertRefused(null).then().body("detail", containsString("no access token"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Bearer", "Bearer ", "Bearer not-a-jwt", "Bearer a.b", "Bearer a.b.c.d", "Bearer a..c",
            "Basic cGFydG5lcjpzZWNyZXQ=", "Token abc.def.ghi" })
    void malformedTokenIs401(String authorization) {
        assertRefused(authorization);
    }

    @Test
    void unsignedTokenIs401() {
        String[] parts = GatewayTests.partnerToken().split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertRefused("Bearer " + none + "." + parts[1] + ".");
        assertRefused("Bearer " + none + "." + parts[1] + "." + parts[2]);
    }

    @Test
    void expiredTokenIs401() {
        assertRefused("Bearer " + Tokens.expired()).then().body("detail", containsString("expired"));
    }

    @Test
    void tokenWithChangedClaimsIs401() {
        String token = GatewayTests.partnerToken();
        assertRefused("Bearer " + Tokens.withTamperedPayload(token, "azp", "partner-government"));
        assertRefused("Bearer " + Tokens.withTamperedPayload(token, "iss", "http://localhost:1/realms/helix"));
    }

    @Test
    void tokenWithForgedSignatureIs401() {
        assertRefused("Bearer " + Tokens.withForgedSignature(Tokens.user("secretariat")));
    }

    @Test
    void tokenOfAnotherIssuerIs401() {
        assertRefused("Bearer " + masterRealmToken());
    }

    @Test
    void refusedWriteNeverReachesTheUpstreamAndItsBodyIsNotRead() {
        String requestId = GatewayTests.newRequestId();
        given().header("X-Request-Id", requestId)
                .contentType("application/json").body("{\"name\":\"no token\"}")
                .when().post(PATH)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        assertEquals(0, GatewayTests.upstreamSaw(requestId));
    }

    @Test
    void noRequestGoesToKeycloakAfterWarmUp() {
        // warm-up: the gateway has fetched the realm's keys through the counting proxy (the proxy is on the path)
        given().header("Authorization", "Bearer " + GatewayTests.partnerToken()).when().get(PATH)
                .then().statusCode(200);
        int before = GatewayTests.keycloakRequests();
        assertTrue(before > 0, "the gateway must have fetched the keys through the counting proxy");

        // tokens the gateway has never seen (verified locally against the cached keys), repeated tokens, bad tokens
        List<String> tokens = List.of(Tokens.client("partner-association"), Tokens.client("partner-social"),
                Tokens.client("partner-government"), Tokens.user("gov-officer"), GatewayTests.partnerToken());
        int sent = 0;
        for (int round = 0; round < 4; round++) {
            for (String token : tokens) {
                given().header("Authorization", "Bearer " + token).when().get(PATH).then().statusCode(200);
                sent++;
            }
            given().header("Authorization", "Bearer " + Tokens.withForgedSignature(tokens.get(round)))
                    .when().get(PATH).then().statusCode(401);
            given().header("Authorization", "Bearer not-a-jwt").when().get(PATH).then().statusCode(401);
            sent += 2;
        }
        assertEquals(before, GatewayTests.keycloakRequests(),
                "Keycloak was asked during " + sent + " requests after warm-up");
        RestAssured.given().when().get("/q/metrics").then()
                .body(containsString("helix_gateway_keycloak_requests_total{endpoint=\"jwks\"}"));
    }

    @Test
    void tokensNamingUnknownKeysRefreshTheKeysAtMostOnce() {
        String foreign = masterRealmToken();
        int before = GatewayTests.keycloakRequests();
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", "Bearer " + foreign).when().get(PATH).then().statusCode(401);
        }
        int calls = GatewayTests.keycloakRequests() - before;
        assertTrue(calls <= 1, "5 tokens with an unknown key made " + calls + " requests to Keycloak");
    }

    /** A genuine token, signed by Keycloak, but of the master realm: another issuer and another key. */
    private static String masterRealmToken() {
        Response response = RestAssured.given()
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                        "password", "admin"))
                .post(HelixTestServers.endpoints().keycloakUrl() + "/realms/master/protocol/openid-connect/token");
        assertEquals(200, response.statusCode(), response.asString());
        return response.jsonPath().getString("access_token");
    }
}
