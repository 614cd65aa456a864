package org.helix.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;

@QuarkusTest
@WithTestResource(UpstreamStubResource.class)
class BodyStreamingTest {

    @BeforeEach
    void authenticate() {
        GatewayTests.authenticateAsPartner();
    }

    @AfterEach
    void forget() {
        GatewayTests.forgetAuthentication();
    }


    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static long limit() {
        return ConfigProvider.getConfig()
                .getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue();
    }

    private static byte[] randomBytes(long size) {
        byte[] bytes = new byte[(int) size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static HttpRequest.Builder authorized(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + GatewayTests.partnerToken());
    }

    private static URI gateway(String path) {
        return URI.create("http://localhost:" + RestAssured.port + path);
    }

    @Test
    void bodyJustBelowTheLimitArrivesIntact() {
        byte[] body = randomBytes(limit() - 1024);
        given().contentType("application/octet-stream").body(body)
                .when().put("/api/incubation/projects/9/attachment")
                .then()
                .statusCode(200)
                .body("bodyLength", equalTo(body.length))
                .body("bodySha256", equalTo(UpstreamStub.sha256(body)))
                .body("headers.'content-length'[0]", equalTo(String.valueOf(body.length)));
    }

    @Test
    void chunkedBodyBelowTheLimitArrivesIntact() throws Exception {
        byte[] body = randomBytes(limit() - 4096);
        HttpResponse<String> response = HTTP.send(authorized(gateway("/api/funding/applications/3/files"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        JsonObject echo = new JsonObject(response.body());
        assertEquals(body.length, echo.getInteger("bodyLength"));
        assertEquals(UpstreamStub.sha256(body), echo.getString("bodySha256"));
        assertEquals("chunked", echo.getJsonObject("headers").getJsonArray("transfer-encoding").getString(0));
    }

    @Test
    void largeResponseBodyStreamsBackIntact() throws Exception {
        int size = 2_500_000; // responses are not bound by the request limit
        byte[] expected = new byte[size];
        for (int i = 0; i < size; i++) {
            expected[i] = UpstreamStub.patternByte(i);
        }
        HttpResponse<byte[]> response = HTTP.send(authorized(gateway("/api/curriculum/export/bytes?size=" + size))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals(size, response.body().length);
        assertEquals(UpstreamStub.sha256(expected), UpstreamStub.sha256(response.body()));
    }

    @Test
    void responseIsPassedOnBeforeTheUpstreamHasFinished() throws Exception {
        HttpResponse<InputStream> response = HTTP.send(authorized(gateway("/api/governance/live/drip"))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            // the upstream holds back the rest until released, so this line can only come through streaming
            assertEquals("part-1", reader.readLine());
            String stub = ConfigProvider.getConfig().getValue("helix.gateway.upstream.governance", String.class);
            HttpResponse<String> released = HTTP.send(HttpRequest.newBuilder(URI.create(stub + "/__stub/release"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("released", released.body());
            assertEquals("part-2", reader.readLine());
            assertEquals(null, reader.readLine());
        }
    }

    @Test
    void declaredLengthOverTheLimitIsA413ProblemBeforeAnyBodyIsRead() throws Exception {
        String requestId = GatewayTests.newRequestId();
        String answer = rawExchange("POST /api/governance/documents HTTP/1.1\r\n"
                + "X-Request-Id: " + requestId + "\r\n"
                + "Host: localhost\r\n"
                + "Authorization: Bearer " + GatewayTests.partnerToken() + "\r\n"
                + "Content-Type: application/octet-stream\r\n"
                + "Content-Length: " + (limit() + 1) + "\r\n"
                + "\r\n", null);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"type\":\"urn:helix:problem:payload-too-large\""), answer);
        assertEquals(0, GatewayTests.upstreamSaw(requestId), "the upstream must never see the request");
    }

    @Test
    void chunkedBodyGrowingOverTheLimitIsA413Problem() throws Exception {
        String head = "POST /api/governance/documents HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Authorization: Bearer " + GatewayTests.partnerToken() + "\r\n"
                + "Content-Type: application/octet-stream\r\n"
                + "Transfer-Encoding: chunked\r\n"
                + "\r\n";
        String answer = rawExchange(head, out -> {
            byte[] chunk = new byte[16 * 1024];
            long sent = 0;
            while (sent < limit()) { // exactly up to the limit: still acceptable
                int length = (int) Math.min(chunk.length, limit() - sent);
                writeChunk(out, chunk, length);
                sent += length;
            }
            // one more chunk tips it over, then the body ends
            ByteArrayOutputStream last = new ByteArrayOutputStream();
            writeChunk(last, chunk, 1024);
            last.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(last.toByteArray());
            out.flush();
        });
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("\"type\":\"urn:helix:problem:payload-too-large\""), answer);
    }

    private interface BodyWriter {
        void write(OutputStream out) throws Exception;
    }

    private static void writeChunk(OutputStream out, byte[] chunk, int length) throws Exception {
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk, 0, length);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Sends a raw HTTP/1.1 request and reads the answer until the gateway closes the connection. */
    private static String rawExchange(String head, BodyWriter body) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (body != null) {
                body.write(out);
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
