package org.helix.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(UpstreamStubResource.class)
class HeadersTest {

    @BeforeEach
    void authenticate() {
        GatewayTests.authenticateAsPartner();
    }

    @AfterEach
    void forget() {
        GatewayTests.forgetAuthentication();
    }


    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void endToEndRequestHeadersReachTheUpstream() {
        String token = GatewayTests.partnerToken();
        io.restassured.RestAssured.requestSpecification = null; // this test sends its own Authorization
        given()
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", "idem-42")
                .header("If-Match", "\"7\"")
                .header("traceparent", TRACEPARENT)
                .header("tracestate", "vendor=abc")
                .header("Accept-Language", "zh-CN")
                .contentType("application/json")
                .body("{\"name\":\"x\"}")
                .when().post("/api/governance/organisations")
                .then()
                .statusCode(201)
                .body("headers.authorization", equalTo(java.util.List.of("Bearer " + token)))
                .body("headers.'idempotency-key'[0]", equalTo("idem-42"))
                .body("headers.'if-match'[0]", equalTo("\"7\""))
                .body("headers.traceparent[0]", equalTo(TRACEPARENT))
                .body("headers.tracestate[0]", equalTo("vendor=abc"))
                .body("headers.'accept-language'[0]", equalTo("zh-CN"))
                .body("headers.'content-type'[0]", startsWith("application/json"))
                .body("body", equalTo("{\"name\":\"x\"}"));
    }

    @Test
    void responseHeadersComeBack() {
        given().contentType("application/json").body("{}")
                .when().post("/api/talent-exchange/appointments")
                .then()
                .statusCode(201)
                .header("Location", "/api/talent-exchange/appointments/42")
                .header("ETag", "\"stub-etag-1\"")
                .contentType("application/json");
    }

    @Test
    void hopByHopHeadersAreDroppedBothWays() {
        Response response = given()
                .header("Connection", "keep-alive, X-Client-Private")
                .header("X-Client-Private", "hop only")
                .header("Keep-Alive", "timeout=30")
                .header("TE", "trailers")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .header("X-Stub-Hop-Headers", "yes")
                .when().get("/api/incubation/projects");
        response.then()
                .statusCode(200)
                .body("headers", not(hasKey("x-client-private")))
                .body("headers", not(hasKey("keep-alive")))
                .body("headers", not(hasKey("te")))
                .body("headers", not(hasKey("proxy-authorization")))
                .body("headers.connection", nullValue())
                // the upstream's hop-by-hop response headers stay on its side
                .header("Keep-Alive", nullValue())
                .header("Proxy-Authenticate", nullValue())
                .header("X-Stub-Private", nullValue())
                .header("X-Stub-Server", "incubation");
    }

    @Test
    void requestIdIsGeneratedWhenAbsentEchoedAndForwarded() {
        Response response = given().when().get("/api/curriculum/programmes");
        response.then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN));
        String requestId = response.header("X-Request-Id");
        assertEquals(requestId, response.path("headers.'x-request-id'[0]"));
    }

    @Test
    void requestIdSentByTheClientIsKept() {
        given().header("X-Request-Id", "client-req-0001")
                .when().get("/api/funding/calls")
                .then()
                .statusCode(200)
                .header("X-Request-Id", "client-req-0001")
                .body("headers.'x-request-id'", equalTo(java.util.List.of("client-req-0001")));
    }

    @Test
    void forwardedHeadersDescribeTheOriginalRequest() {
        int stubPort = java.net.URI.create(ConfigProvider.getConfig()
                .getValue("helix.gateway.upstream.governance", String.class)).getPort();
        given()
                .header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "spoofed.example")
                .when().get("/api/governance/meetings")
                .then()
                .statusCode(200)
                .body("headers.'x-forwarded-for'[0]", matchesPattern("203\\.0\\.113\\.9, [0-9a-f.:]+"))
                .body("headers.'x-forwarded-proto'", equalTo(java.util.List.of("http")))
                .body("headers.'x-forwarded-host'", equalTo(java.util.List.of("localhost:" + RestAssured.port)))
                .body("headers.host", equalTo(java.util.List.of("localhost:" + stubPort)));
    }

    @Test
    void forwardedForIsTheClientAddressWhenNoneWasSent() {
        given().when().get("/api/governance/committees")
                .then()
                .statusCode(200)
                .body("headers.'x-forwarded-for'[0]", matchesPattern("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1"));
    }
}
