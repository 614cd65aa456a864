package org.helix.gateway;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A real upstream for the tests: one HTTP server per service name, each answering every request with a JSON
 * echo of what it received ({@code server, method, path, query, uri, headers, bodyLength, bodySha256, body}).
 * <ul>
 * <li>POST answers 201 with a Location; every answer carries an ETag.</li>
 * <li>{@code X-Stub-Status: nnn} answers with that status; {@code X-Stub-Hop-Headers: yes} adds hop-by-hop
 * response headers the gateway must drop.</li>
 * <li>{@code .../slow} answers after {@link #SLOW_MILLIS}.</li>
 * <li>{@code .../bytes?size=n} streams n bytes of {@link #patternByte(long)}.</li>
 * <li>{@code .../drip} sends "part-1\n", then "part-2\n" only once {@code /__stub/release} was called.</li>
 * </ul>
 */
public final class UpstreamStub {

    public static final long SLOW_MILLIS = 5_000;

    private final Vertx vertx = Vertx.vertx();
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<HttpServerResponse> heldDrips = new ArrayList<>();

    /** Starts one server per name on a free port; returns name → port. */
    public Map<String, Integer> start(List<String> names) throws Exception {
        Map<String, Integer> ports = new java.util.LinkedHashMap<>();
        for (String name : names) {
            HttpServer server = vertx.createHttpServer()
                    .requestHandler(request -> handle(name, request))
                    .listen(0, "localhost")
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            servers.add(server);
            ports.put(name, server.actualPort());
        }
        return ports;
    }

    public void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private void handle(String server, HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/__stub/release")) {
            releaseDrips();
            request.response().end("released");
        } else if (path.endsWith("/slow")) {
            request.body().onSuccess(body -> vertx.setTimer(SLOW_MILLIS, id -> echo(server, request, body)));
        } else if (path.endsWith("/bytes")) {
            streamBytes(request, Long.parseLong(request.getParam("size")));
        } else if (path.endsWith("/drip")) {
            HttpServerResponse response = request.response().setChunked(true);
            response.putHeader("Content-Type", "text/plain");
            response.write("part-1\n");
            synchronized (heldDrips) {
                heldDrips.add(response);
            }
        } else {
            request.body().onSuccess(body -> echo(server, request, body));
        }
    }

    private void releaseDrips() {
        List<HttpServerResponse> held;
        synchronized (heldDrips) {
            held = new ArrayList<>(heldDrips);
            heldDrips.clear();
        }
        held.forEach(response -> response.end("part-2\n"));
    }

    private void echo(String server, HttpServerRequest request, Buffer body) {
        HttpServerResponse response = request.response();
        if (response.closed()) {
            return;
        }
        JsonObject headers = new JsonObject();
        request.headers().forEach(header -> {
            String name = header.getKey().toLowerCase();
            JsonArray values = headers.getJsonArray(name);
            if (values == null) {
                values = new JsonArray();
                headers.put(name, values);
            }
            values.add(header.getValue());
        });
        JsonObject echo = new JsonObject()
                .put("server", server)
                .put("method", request.method().name())
                .put("path", request.path())
                .put("query", request.query())
                .put("uri", request.uri())
                .put("headers", headers)
                .put("bodyLength", body.length())
                .put("bodySha256", sha256(body.getBytes()))
                .put("body", body.length() <= 4096 ? body.toString() : null);

        int status = request.method().name().equals("POST") ? 201 : 200;
        String forcedStatus = request.getHeader("X-Stub-Status");
        if (forcedStatus != null) {
            status = Integer.parseInt(forcedStatus);
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .putHeader("ETag", "\"stub-etag-1\"")
                .putHeader("X-Stub-Server", server);
        if (status == 201) {
            response.putHeader("Location", request.path() + "/42");
        }
        if ("yes".equals(request.getHeader("X-Stub-Hop-Headers"))) {
            response.putHeader("Keep-Alive", "timeout=5")
                    .putHeader("Proxy-Authenticate", "Basic realm=\"stub\"")
                    .putHeader("Connection", "X-Stub-Private")
                    .putHeader("X-Stub-Private", "hop only");
        }
        response.end(echo.encode());
    }

    private void streamBytes(HttpServerRequest request, long size) {
        HttpServerResponse response = request.response()
                .setChunked(true)
                .putHeader("Content-Type", "application/octet-stream");
        writeBytes(response, 0, size);
    }

    private void writeBytes(HttpServerResponse response, long from, long size) {
        long position = from;
        while (position < size && !response.writeQueueFull()) {
            int length = (int) Math.min(32 * 1024, size - position);
            Buffer chunk = Buffer.buffer(length);
            for (int i = 0; i < length; i++) {
                chunk.appendByte(patternByte(position + i));
            }
            response.write(chunk);
            position += length;
        }
        if (position >= size) {
            response.end();
            return;
        }
        long next = position;
        response.drainHandler(v -> writeBytes(response, next, size));
    }

    /** The byte at a position of a {@code /bytes} body. */
    public static byte patternByte(long position) {
        return (byte) ((position * 31 + 7) % 251);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
