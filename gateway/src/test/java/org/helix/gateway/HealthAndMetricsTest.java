package org.helix.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.helix.gateway.telemetry.AccessLogHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(UpstreamStubResource.class)
class HealthAndMetricsTest {

    @BeforeEach
    void authenticate() {
        GatewayTests.authenticateAsPartner();
    }

    @AfterEach
    void forget() {
        GatewayTests.forgetAuthentication();
    }


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
                .body(UPSTREAMS + ".data.flaky", equalTo("UP"))
                .body(UPSTREAMS + ".data.reachable", equalTo("7/8"));
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
    void routeMetricsHaveALatencyHistogramAndCountErrorsPerStatus() {
        given().when().get("/api/incubation/for-histogram").then().statusCode(200);
        given().header("X-Stub-Status", "404").when().get("/api/incubation/missing").then().statusCode(404);
        given().header("X-Stub-Status", "500").when().get("/api/incubation/broken").then().statusCode(500);
        given().when().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_bucket{method=\"GET\",outcome=\"SUCCESS\","
                        + "status=\"200\",uri=\"/api/incubation/**\",le=\"0.001\"}"))
                .body(containsString("outcome=\"CLIENT_ERROR\",status=\"404\",uri=\"/api/incubation/**\""))
                .body(containsString("outcome=\"SERVER_ERROR\",status=\"500\",uri=\"/api/incubation/**\""));
    }

    @Test
    void unknownPathsShareOneMetricsSeries() {
        given().when().get("/api/no-such-service-" + System.nanoTime() + "/x").then().statusCode(404);
        given().when().get("/q/metrics")
                .then()
                .body(containsString("uri=\"/api/*\""))
                .body(not(containsString("no-such-service")));
    }

    @Test
    void everyApiRequestWritesOneAccessLogRecordWithItsFields() throws Exception {
        java.util.List<java.util.Map<String, String>> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                java.util.Map<String, String> fields = new java.util.HashMap<>();
                org.jboss.logmanager.ExtLogRecord ext = (org.jboss.logmanager.ExtLogRecord) record;
                ext.getMdcCopy().forEach((key, value) -> fields.put(key, String.valueOf(value)));
                fields.put("message", ext.getFormattedMessage());
                records.add(fields);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(AccessLogHandler.CATEGORY);
        logger.addHandler(capture);
        String requestId = GatewayTests.newRequestId();
        try {
            given().header("X-Request-Id", requestId).when().get("/api/curriculum/offerings/7?term=2026")
                    .then().statusCode(200);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                    .until(() -> records.stream().anyMatch(r -> requestId.equals(r.get("requestId"))));
        } finally {
            logger.removeHandler(capture);
        }
        java.util.Map<String, String> record = records.stream()
                .filter(r -> requestId.equals(r.get("requestId"))).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals("GET", record.get("method"));
        org.junit.jupiter.api.Assertions.assertEquals("/api/curriculum/**", record.get("route"));
        org.junit.jupiter.api.Assertions.assertEquals("/api/curriculum/offerings/7", record.get("path"));
        org.junit.jupiter.api.Assertions.assertEquals("200", record.get("status"));
        org.junit.jupiter.api.Assertions.assertEquals(GatewayTests.PARTNER, record.get("clientId"));
        org.junit.jupiter.api.Assertions.assertTrue(Double.parseDouble(record.get("durationMs")) > 0);
        org.junit.jupiter.api.Assertions.assertFalse(record.toString().contains("term=2026"), "no query in the log");
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
