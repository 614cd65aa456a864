package org.helix.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The header block limit ({@code quarkus.http.limits.max-header-size}). */
@QuarkusTest
@WithTestResource(UpstreamStubResource.class)
class HeaderLimitTest {

    private static long limit() {
        return ConfigProvider.getConfig().getValue("quarkus.http.limits.max-header-size", MemorySize.class)
                .asLongValue();
    }

    @Test
    void headersJustBelowTheLimitPass() throws Exception {
        String answer = exchange(GatewayTests.newRequestId(), (int) limit() - 4096);
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    }

    @Test
    void headersOverTheLimitAre431AndNeverReachTheUpstream() throws Exception {
        String requestId = GatewayTests.newRequestId();
        String answer = exchange(requestId, (int) limit() + 1024);
        assertTrue(answer.startsWith("HTTP/1.1 431"), answer);
        assertEquals(0, GatewayTests.upstreamSaw(requestId));
    }

    private static String exchange(String requestId, int paddingBytes) throws Exception {
        String head = "GET /api/governance/meetings HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Authorization: Bearer " + GatewayTests.partnerToken() + "\r\n"
                + "X-Request-Id: " + requestId + "\r\n"
                + "X-Padding: " + "p".repeat(paddingBytes) + "\r\n"
                + "Connection: close\r\n"
                + "\r\n";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
