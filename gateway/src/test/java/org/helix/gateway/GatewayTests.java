package org.helix.gateway;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.helix.platform.testing.Tokens;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;

/** What the gateway tests share: tokens, and questions to the upstream stub. */
final class GatewayTests {

    /** The partner client most tests call as (a generous budget in the test profile). */
    static final String PARTNER = "partner-school";

    private GatewayTests() {
    }

    static String partnerToken() {
        return Tokens.client(PARTNER);
    }

    /** Sends a valid partner token with every REST Assured request of the calling test class. */
    static void authenticateAsPartner() {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + partnerToken()).build();
    }

    static void forgetAuthentication() {
        RestAssured.requestSpecification = null;
    }

    static String newRequestId() {
        return "test-" + UUID.randomUUID();
    }

    /** How many requests carrying this X-Request-Id reached any upstream. */
    static int upstreamSaw(String requestId) {
        return Integer.parseInt(control("/__stub/seen?requestId=" + requestId));
    }

    static void stopUpstream(String name) {
        control("/__stub/stop?server=" + name);
    }

    static void startUpstream(String name) {
        control("/__stub/start?server=" + name);
    }

    /** Requests that went from the gateway to Keycloak (through the stub's counting proxy). */
    static int keycloakRequests() {
        return Integer.parseInt(control("/__stub/keycloak-requests"));
    }

    private static String control(String pathAndQuery) {
        String stub = ConfigProvider.getConfig().getValue("helix.gateway.upstream.governance", String.class);
        return given().when().get(stub + pathAndQuery)
                .then().statusCode(200).extract().asString();
    }
}
