package org.helix.governance.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.helix.governance.GovernanceServers;
import org.helix.governance.TestClock;
import org.helix.platform.testing.Tokens;
import org.helix.platform.web.idempotency.IdempotencyKeys;
import org.helix.platform.web.idempotency.IdempotencyScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code Idempotency-Key} on a real creating endpoint against the real database: one effect under concurrency, a
 * 409 while the first request is in flight, no sharing between callers, replays with the first ETag, and expiry after
 * {@code helix.idempotency.retention} measured on the service's clock.
 */
@QuarkusTest
@GovernanceServers
class IdempotencyTest {

    static final String PATH = "/api/governance/organisations";
    static final String IN_FLIGHT = "urn:helix:problem:idempotency-request-in-flight";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource database;

    @Inject
    TestClock clock;

    @Inject
    IdempotencyKeys keys;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    static Response register(String user, String key, String name) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body("{\"name\": \"" + name + "\", \"type\": \"ENTERPRISE\"}")
                .post(PATH);
    }

    static String name() {
        return "Idempotent Works " + UUID.randomUUID();
    }

    @Test
    void parallelRequestsWithOneKeyHaveOneEffect() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = name();
        int parallel = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<Response>> futures = new ArrayList<>();
        Tokens.user("secretariat"); // fetched once, before the race
        try {
            for (int i = 0; i < parallel; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return register("secretariat", key, name);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }

            assertEquals(1, organisationsNamed(name), "one organisation for " + parallel + " requests with one key");
            Set<String> ids = new java.util.HashSet<>();
            for (Response response : responses) {
                if (response.statusCode() == 201) {
                    ids.add(response.jsonPath().getString("id"));
                    assertEquals("\"0\"", response.header("ETag"));
                } else {
                    assertEquals(409, response.statusCode(), response.asString());
                    assertEquals(IN_FLIGHT, response.jsonPath().getString("type"));
                    assertEquals("1", response.header("Retry-After"));
                }
            }
            assertEquals(1, ids.size(), "every 201 names the same organisation: " + ids);
            long originals = responses.stream().filter(r -> r.statusCode() == 201 && r.header("Idempotent-Replayed") == null).count();
            assertEquals(1, originals, "exactly one response is the original: "
                    + responses.stream().map(r -> r.statusCode() + "/" + r.header("Idempotent-Replayed"))
                    .collect(Collectors.joining(", ")));

            Response after = register("secretariat", key, name);
            assertEquals(201, after.statusCode());
            assertEquals("true", after.header("Idempotent-Replayed"));
            assertEquals(ids.iterator().next(), after.jsonPath().getString("id"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRequestWhileTheFirstIsInFlightGets409AndNoEffect() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = name();
        String scope = scopeOf(Tokens.user("secretariat"));
        try (Connection inFlight = database.getConnection()) {
            inFlight.setAutoCommit(false);
            // what the first request holds while it runs
            try (PreparedStatement lock = inFlight.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, IdempotencyKeys.lockId(scope, key));
                lock.execute();
            }
            Response refused = register("secretariat", key, name);
            assertEquals(409, refused.statusCode(), refused.asString());
            assertEquals("application/problem+json", refused.contentType());
            assertEquals(IN_FLIGHT, refused.jsonPath().getString("type"));
            assertEquals("1", refused.header("Retry-After"));
            assertEquals(0, organisationsNamed(name));
            inFlight.rollback();
        }
        Response created = register("secretariat", key, name);
        assertEquals(201, created.statusCode(), created.asString());
        assertNull(created.header("Idempotent-Replayed"));
        Response replayed = register("secretariat", key, name);
        assertEquals("true", replayed.header("Idempotent-Replayed"));
        assertEquals(created.jsonPath().getString("id"), replayed.jsonPath().getString("id"));
        assertEquals(1, organisationsNamed(name));
    }

    @Test
    void anotherCallersKeyNeverReturnsTheFirstCallersResponse() throws SQLException {
        String key = UUID.randomUUID().toString();
        String name = name();
        Response first = register("secretariat", key, name);
        assertEquals(201, first.statusCode());

        Response other = register("admin", key, name);
        assertEquals(201, other.statusCode(), other.asString());
        assertNull(other.header("Idempotent-Replayed"));
        assertNotEquals(first.jsonPath().getString("id"), other.jsonPath().getString("id"));
        assertEquals(2, organisationsNamed(name));

        Response again = register("secretariat", key, name);
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.jsonPath().getString("id"), again.jsonPath().getString("id"));
    }

    @Test
    void aReplayCarriesTheEtagAndBodyOfTheFirstResponse() {
        String key = UUID.randomUUID().toString();
        String name = name();
        Response first = register("secretariat", key, name);
        assertEquals("\"0\"", first.header("ETag"));
        String id = first.jsonPath().getString("id");
        given().auth().oauth2(Tokens.user("admin")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"" + name + " (renamed)\", \"type\": \"ENTERPRISE\", \"version\": 0}")
                .put(PATH + "/" + id).then().statusCode(200);

        Response replay = register("secretariat", key, name);
        assertEquals(201, replay.statusCode());
        assertEquals("\"0\"", replay.header("ETag"));
        assertEquals(first.header("Location"), replay.header("Location"));
        assertEquals(first.asString(), replay.asString());
        assertEquals(name, replay.jsonPath().getString("name"));
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422() {
        String key = UUID.randomUUID().toString();
        assertEquals(201, register("secretariat", key, name()).statusCode());
        Response reused = register("secretariat", key, name());
        assertEquals(422, reused.statusCode());
        assertEquals("urn:helix:problem:idempotency-key-reused", reused.jsonPath().getString("type"));
    }

    @Test
    void aKeyExpiresAfterTheRetentionOnTheServicesClock() throws Exception {
        Duration retention = keys.retention();
        assertEquals(Duration.ofHours(24), retention, "the documented default");
        String key = UUID.randomUUID().toString();
        String name = name();
        String first = register("secretariat", key, name).jsonPath().getString("id");

        clock.advance(retention.minusMinutes(1));
        Response stillKept = register("secretariat", key, name);
        assertEquals("true", stillKept.header("Idempotent-Replayed"));
        assertEquals(first, stillKept.jsonPath().getString("id"));

        clock.advance(Duration.ofMinutes(2));
        Response afterExpiry = register("secretariat", key, name);
        assertEquals(201, afterExpiry.statusCode());
        assertNull(afterExpiry.header("Idempotent-Replayed"), "an expired key counts as new");
        assertNotEquals(first, afterExpiry.jsonPath().getString("id"));
        assertEquals(2, organisationsNamed(name));

        String scope = scopeOf(Tokens.user("secretariat"));
        assertEquals(1, keysStored(scope, key));
        clock.advance(retention.plusMinutes(1));
        assertTrue(keys.forgetExpiredKeys() >= 1);
        assertEquals(0, keysStored(scope, key), "the hourly clean-up forgets expired keys");
    }

    /** The scope the service gives a caller's key on this endpoint: the token's subject and client. */
    static String scopeOf(String token) throws Exception {
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return IdempotencyScope.of(claims.path("sub").asText(), claims.path("azp").asText(), "POST", PATH);
    }

    long organisationsNamed(String name) throws SQLException {
        return count("select count(*) from organisation where name = ?", name);
    }

    long keysStored(String scope, String key) throws SQLException {
        return count("select count(*) from helix_idempotency_key where scope = ? and idempotency_key = ?", scope, key);
    }

    long count(String sql, String... parameters) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
