package org.helix.platform.edge;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The key-id gate against a real HTTP endpoint serving a JWKS document (the JDK's own server). */
class PublishedKeysTest {

    private HttpServer server;
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicReference<String> jwks = new AtomicReference<>(jwks("k1", "k2"));
    /** What the endpoint answers: 200 with {@link #jwks}, or this status without a body. */
    private final AtomicInteger status = new AtomicInteger(200);
    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/certs", exchange -> {
            reads.incrementAndGet();
            if (status.get() != 200) {
                exchange.sendResponseHeaders(status.get(), -1);
                exchange.close();
                return;
            }
            byte[] body = jwks.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private PublishedKeys keys() {
        return new PublishedKeys(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/certs"),
                Duration.ofSeconds(10), Duration.ofSeconds(2), clock);
    }

    @Test
    void nothingIsPublishedBeforeTheFirstReadAndTheReadListsEveryKid() {
        PublishedKeys keys = keys();
        assertFalse(keys.isPublished("k1"));
        keys.readIfDue();
        assertTrue(keys.isPublished("k1"));
        assertTrue(keys.isPublished("k2"));
        assertFalse(keys.isPublished("made-up"));
    }

    @Test
    void unknownKidsReadTheKeysAtMostOncePerMinimumInterval() {
        PublishedKeys keys = keys();
        keys.readIfDue();
        for (int i = 0; i < 50; i++) {
            if (keys.dueForRead()) {
                keys.readIfDue();
            }
        }
        assertEquals(1, reads.get(), "made-up kids do not drive reads");
        clock.advance(Duration.ofSeconds(11));
        jwks.set(jwks("k2", "k3"));
        keys.readIfDue();
        assertEquals(2, reads.get());
        assertTrue(keys.isPublished("k3"), "a new key is picked up");
        assertFalse(keys.isPublished("k1"), "a removed key is no longer published");
    }

    @Test
    void aFailedReadKeepsTheKeysReadBeforeAndSaysItFailed() {
        PublishedKeys keys = keys();
        keys.read();
        server.stop(0);
        clock.advance(Duration.ofSeconds(11));
        assertThrows(PublishedKeys.Unavailable.class, keys::readIfDue);
        assertTrue(keys.lastReadFailed());
        assertTrue(keys.isPublished("k1"), "an outage does not make known keys unknown");
        assertThrows(PublishedKeys.Unavailable.class, keys::readIfDue, "within the interval: the recent failure counts");
    }

    @Test
    void anErrorAnswerIsAFailedReadThatKeepsTheKeysReadBefore() {
        PublishedKeys keys = keys();
        keys.read();
        status.set(503); // Keycloak up but not serving the realm yet
        clock.advance(Duration.ofSeconds(11));
        PublishedKeys.Unavailable failure = assertThrows(PublishedKeys.Unavailable.class, keys::readIfDue);
        assertEquals("HTTP 503", failure.getCause().getMessage());
        assertTrue(keys.lastReadFailed());
        assertTrue(keys.isPublished("k1"), "an error answer does not make known keys unknown");
        status.set(200);
        jwks.set(jwks("k3"));
        clock.advance(Duration.ofSeconds(11));
        keys.readIfDue();
        assertFalse(keys.lastReadFailed(), "the next read after the realm is back succeeds");
        assertTrue(keys.isPublished("k3"));
        assertEquals(3, reads.get());
    }

    @Test
    void callersArrivingWhileTheFirstReadIsUnderWayWaitForItInsteadOfBeingRefused() throws Exception {
        CountDownLatch answer = new CountDownLatch(1);
        server.removeContext("/certs");
        server.createContext("/certs", exchange -> {
            reads.incrementAndGet();
            try {
                answer.await(); // Keycloak slow to answer the first read after start-up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = jwks.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        PublishedKeys keys = keys();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            results.add(callers.submit(() -> keys.publishesAfterReading("k1")));
            await().atMost(Duration.ofSeconds(5)).until(() -> reads.get() == 1);
            assertTrue(keys.mayLearnMore(), "a read is under way: a caller with an unknown kid must wait for it");
            for (int i = 0; i < 3; i++) {
                results.add(callers.submit(() -> keys.publishesAfterReading("k1")));
            }
            answer.countDown();
            for (Future<Boolean> result : results) {
                assertTrue(result.get(5, TimeUnit.SECONDS), "every caller sees the key");
            }
            assertEquals(1, reads.get(), "one read served them all");
            assertFalse(keys.mayLearnMore(), "no read under way and none due: an unknown kid is refused at once");
        } finally {
            answer.countDown();
            callers.shutdownNow();
        }
    }

    private static String jwks(String... kids) {
        StringBuilder keys = new StringBuilder();
        for (String kid : kids) {
            keys.append(keys.length() == 0 ? "" : ",").append("{\"kid\":\"").append(kid)
                    .append("\",\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\"AQAB\",\"e\":\"AQAB\"}");
        }
        return "{\"keys\":[" + keys + "]}";
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
