package org.helix.systemtests;

import io.restassured.response.Response;
import org.helix.local.App;
import org.helix.platform.edge.RequestIdRule;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One request-id rule at the edge and behind it: an {@code X-Request-Id} the gateway accepts reaches the service
 * unchanged, into its problem body, its response header and its log lines. The id used here is one the services'
 * old rule refused (a slash, longer than 128 characters), so a service replacing it would be caught.
 */
class EdgeContractIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @EnumSource(value = App.class, names = "GATEWAY", mode = EnumSource.Mode.EXCLUDE)
    void anIdAcceptedAtTheEdgeReachesTheServicesProblemBodyAndLogUnchanged(App service) {
        String id = "partner-erp/orders:4711/" + UUID.randomUUID() + "/" + "r".repeat(100);
        assertTrue(id.length() > 128 && id.length() <= RequestIdRule.MAX_LENGTH && RequestIdRule.acceptable(id));
        String path = "/api/" + segment(service) + "/organisations/" + UUID.randomUUID();

        Response response = given().auth().oauth2(Tokens.user("teacher")).header(RequestIdRule.HEADER, id)
                .get(RunningSuite.gateway() + path);

        assertEquals(404, response.statusCode(), response.asString());
        assertEquals("application/problem+json", response.contentType());
        assertEquals(id, response.jsonPath().getString("requestId"), "the problem body quotes the id the client sent");
        assertEquals(id, response.header(RequestIdRule.HEADER));
        Path log = RunningSuite.get().app(service).logFile();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Optional<JsonNode> line = logLineWithRequestId(log, id);
            assertTrue(line.isPresent(), "a line of " + log + " carries requestId " + id);
            assertTrue(line.get().path("message").asString().contains(path), line.get().toString());
        });
    }

    static String segment(App service) {
        return service.module().replace("-service", "");
    }

    /** The JSON log line (prod profile) whose logging context holds exactly this request id. */
    static Optional<JsonNode> logLineWithRequestId(Path log, String id) throws IOException {
        List<String> lines = Files.readAllLines(log);
        for (String line : lines) {
            if (!line.startsWith("{") || !line.contains(id)) {
                continue;
            }
            JsonNode entry = JSON.readTree(line);
            if (id.equals(entry.path("mdc").path(RequestIdRule.LOG_KEY).asString(null))) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }
}
