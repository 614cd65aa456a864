package org.helix.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(UpstreamStubResource.class)
class RoutingTest {

    @BeforeEach
    void authenticate() {
        GatewayTests.authenticateAsPartner();
    }

    @AfterEach
    void forget() {
        GatewayTests.forgetAuthentication();
    }


    @ParameterizedTest
    @ValueSource(strings = { "governance", "talent-exchange", "incubation", "curriculum", "funding" })
    void routesEachServiceToItsUpstreamWithPathAndQueryUnchanged(String service) {
        given()
                .urlEncodingEnabled(false)
                .when().get("/api/" + service + "/things/7/parts?page=2&size=10&q=a%20b&tag=x&tag=y")
                .then()
                .statusCode(200)
                .header("X-Stub-Server", service)
                .body("server", equalTo(service))
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/" + service + "/things/7/parts"))
                .body("query", equalTo("page=2&size=10&q=a%20b&tag=x&tag=y"));
    }

    @Test
    void routesTheServiceRootAndKeepsTheMethod() {
        given().when().delete("/api/funding")
                .then()
                .statusCode(200)
                .body("server", equalTo("funding"))
                .body("method", equalTo("DELETE"))
                .body("path", equalTo("/api/funding"))
                .body("query", nullValue());
    }

    @Test
    void passesUpstreamErrorAnswersThroughUnchanged() {
        given().header("X-Stub-Status", "409")
                .when().put("/api/curriculum/revisions/3")
                .then()
                .statusCode(409)
                .contentType("application/json")
                .body("server", equalTo("curriculum"))
                .body("method", equalTo("PUT"));
    }

    @Test
    void answersHeadWithoutBody() {
        given().when().head("/api/incubation/projects/1")
                .then()
                .statusCode(200)
                .header("ETag", "\"stub-etag-1\"")
                .body(equalTo(""));
    }
}
