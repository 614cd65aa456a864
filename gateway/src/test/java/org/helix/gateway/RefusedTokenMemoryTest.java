package org.helix.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.config.ConfigProvider;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Anonymous traffic cannot pin the gateway's memory: 20,000 distinct expired tokens are all refused (401), the cache
 * of refused tokens stays at its cap (digests only), and the heap used after a full GC grows by a bounded amount.
 */
@QuarkusTest
@WithTestResource(UpstreamStubResource.class)
class RefusedTokenMemoryTest {

    private static final int TOKENS = 20_000;
    private static final long HEAP_GROWTH_BOUND = 24L * 1024 * 1024;

    @TestHTTPResource("/api/governance/organisations")
    URL api;

    @Test
    void twentyThousandDistinctExpiredTokensLeaveTheHeapBounded() throws Exception {
        String expired = Tokens.expired();
        String url = api.toString();
        HttpClient client = HttpClient.newHttpClient();
        int refusedCap = ConfigProvider.getConfig().getValue("helix.gateway.auth.refused-token-cache-size",
                Integer.class);

        send(client, url, expired, 2_000); // warm-up: caches filled to their cap, lazily created things created
        long before = heapUsedAfterGc();
        Map<Integer, Integer> statuses = send(client, url, expired, TOKENS);
        long after = heapUsedAfterGc();

        System.out.printf("%d distinct expired tokens: statuses %s; heap used after GC %d KB before, %d KB after%n",
                TOKENS, statuses, before / 1024, after / 1024);
        assertEquals(Map.of(401, TOKENS), statuses, "every expired token is refused at the edge");
        assertTrue(after - before < HEAP_GROWTH_BOUND, "heap grew by " + (after - before) / 1024 + " KB");
        double refusedEntries = metric("helix_gateway_token_cache_entries{cache=\"refused\"");
        assertTrue(refusedEntries <= refusedCap, "refused-token cache holds " + refusedEntries + " > cap " + refusedCap);
    }

    /** Sends {@code count} requests, each with a distinct variant of the expired token, 32 at a time. */
    private static Map<Integer, Integer> send(HttpClient client, String url, String expired, int count)
            throws InterruptedException {
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(32);
        AtomicInteger done = new AtomicInteger();
        CompletableFuture<?>[] all = new CompletableFuture<?>[count];
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            String token = Tokens.withTamperedPayload(expired, "jti", UUID.randomUUID().toString());
            all[i] = client.sendAsync(HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        statuses.merge(failure == null ? response.statusCode() : -1, 1, Integer::sum);
                        done.incrementAndGet();
                        inFlight.release();
                    });
        }
        CompletableFuture.allOf(all).exceptionally(failure -> null).join();
        return statuses;
    }

    private static long heapUsedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double metric(String prefix) {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(prefix)).mapToDouble(line -> Double.parseDouble(
                        line.substring(line.lastIndexOf(' ') + 1))).findFirst().orElseThrow();
    }
}
