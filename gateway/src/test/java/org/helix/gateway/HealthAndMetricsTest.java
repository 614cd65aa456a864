package org.helix.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(UpstreamStubResource.class)
class HealthAndMetricsTest {

    private static final String UPSTREAMS = "checks.find { it.name == 'upstreams' }";

    @Test
    void readinessIsUpAndReportsEachUpstreamAsData() {
        given().when().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(UPSTREAMS + ".status", equalTo("UP"))
                .body(UPSTREAMS + ".data.governance", equalTo("UP"))
                .body(UPSTREAMS + ".data.'talent-exchange'", equalTo("UP"))
                .body(UPSTREAMS + ".data.incubation", equalTo("UP"))
                .body(UPSTREAMS + ".data.curriculum", equalTo("UP"))
                .body(UPSTREAMS + ".data.funding", equalTo("UP"))
                // an upstream that is down is data, not a reason to take the gateway out of service
                .body(UPSTREAMS + ".data.offline", startsWith("DOWN"))
                .body(UPSTREAMS + ".data.reachable", equalTo("5/6"));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("gateway"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().when().get("/api/governance/for-metrics").then().statusCode(200);
        given().when().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                // tagged per service, not per path
                .body(containsString("uri=\"/api/governance/**\""))
                .body(not(containsString("uri=\"/api/governance/for-metrics\"")))
                .body(containsString("jvm_memory_used_bytes"));
    }
}
