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
 * <li>{@code .../hang-up} closes the connection without answering (a service killed mid-request).</li>
 * <li>{@code .../drip} sends "part-1\n", then "part-2\n" only once {@code /__stub/release} was called.</li>
 * <li>{@code /q/openapi} answers a small OpenAPI document of that service (paths under {@code /api/{name}}, a
 * {@code Problem} schema shared by all, an {@code Organisation} schema that differs per service, an own security
 * scheme, one public operation and a {@code /q/...} path the gateway must leave out).</li>
 * <li>Control, on any server: {@code /__stub/seen?requestId=x} counts the requests that carried that
 * {@code X-Request-Id}; {@code /__stub/stop?server=x} and {@code /__stub/start?server=x} stop and restart one
 * server on its port; {@code /__stub/keycloak-requests} counts what went through the Keycloak proxy.</li>
 * </ul>
 * A further server, {@link #startKeycloakProxy(String)}, passes requests on to Keycloak and counts them: the
 * gateway's only way to Keycloak in the tests.
 */
public final class UpstreamStub {

    public static final long SLOW_MILLIS = 5_000;
    /** Like a Quarkus service (20K), more than Vert.x's default 8K, so the gateway's own limit is what is tested. */
    private static final io.vertx.core.http.HttpServerOptions SERVER_OPTIONS =
            new io.vertx.core.http.HttpServerOptions().setMaxHeaderSize(64 * 1024);

    private final Vertx vertx = Vertx.vertx();
    private final Map<String, HttpServer> servers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Integer> ports = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<HttpServerResponse> heldDrips = new ArrayList<>();
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> seen =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger keycloakRequests =
            new java.util.concurrent.atomic.AtomicInteger();

    /** Starts one server per name on a free port; returns name → port. */
    public Map<String, Integer> start(List<String> names) throws Exception {
        Map<String, Integer> started = new java.util.LinkedHashMap<>();
        for (String name : names) {
            started.put(name, listen(name, 0));
        }
        return started;
    }

    private int listen(String name, int port) throws Exception {
        HttpServer server = vertx.createHttpServer(SERVER_OPTIONS)
                .requestHandler(request -> handle(name, request))
                .listen(port, "localhost")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        servers.put(name, server);
        ports.put(name, server.actualPort());
        return server.actualPort();
    }

    /** A server that passes every request on to Keycloak (buffered) and counts it; returns its port. */
    public int startKeycloakProxy(String keycloakBaseUrl) throws Exception {
        java.net.URI target = java.net.URI.create(keycloakBaseUrl);
        io.vertx.core.http.HttpClient client = vertx.createHttpClient();
        HttpServer server = vertx.createHttpServer()
                .requestHandler(request -> request.body().onSuccess(body -> {
                    keycloakRequests.incrementAndGet();
                    io.vertx.core.http.RequestOptions options = new io.vertx.core.http.RequestOptions()
                            .setMethod(request.method()).setHost(target.getHost()).setPort(target.getPort())
                            .setURI(request.uri());
                    request.headers().forEach(h -> {
                        if (!h.getKey().equalsIgnoreCase("host") && !h.getKey().equalsIgnoreCase("content-length")) {
                            options.addHeader(h.getKey(), h.getValue());
                        }
                    });
                    client.request(options)
                            .compose(upstream -> upstream.send(body))
                            .compose(response -> response.body().map(answer -> {
                                HttpServerResponse out = request.response().setStatusCode(response.statusCode());
                                response.headers().forEach(h -> {
                                    String name = h.getKey().toLowerCase();
                                    if (!name.equals("content-length") && !name.equals("transfer-encoding")
                                            && !name.equals("connection")) {
                                        out.putHeader(h.getKey(), h.getValue());
                                    }
                                });
                                out.end(answer);
                                return answer;
                            }))
                            .onFailure(failure -> request.response().setStatusCode(502).end(failure.toString()));
                }))
                .listen(0, "localhost")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return server.actualPort();
    }

    public void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private void handle(String server, HttpServerRequest request) {
        String path = request.path();
        if (path.startsWith("/__stub/")) {
            control(request);
            return;
        }
        String requestId = request.getHeader("X-Request-Id");
        if (requestId != null) {
            seen.computeIfAbsent(requestId, id -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        }
        if (path.equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json")
                    .end(openApiDocument(server).encode());
        } else if (path.endsWith("/slow")) {
            request.body().onSuccess(body -> vertx.setTimer(SLOW_MILLIS, id -> echo(server, request, body)));
        } else if (path.endsWith("/hang-up")) {
            request.connection().close(); // as a service killed mid-request: the connection goes, no answer
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

    private void control(HttpServerRequest request) {
        String path = request.path();
        HttpServerResponse response = request.response();
        try {
            switch (path) {
                case "/__stub/release" -> {
                    releaseDrips();
                    response.end("released");
                }
                case "/__stub/seen" -> {
                    java.util.concurrent.atomic.AtomicInteger count = seen.get(request.getParam("requestId"));
                    response.end(String.valueOf(count == null ? 0 : count.get()));
                }
                case "/__stub/keycloak-requests" -> response.end(String.valueOf(keycloakRequests.get()));
                case "/__stub/stop" -> { // never block here: this is the stub's own event loop
                    HttpServer server = servers.remove(request.getParam("server"));
                    if (server == null) {
                        response.end("stopped");
                    } else {
                        server.close().onComplete(done -> response.end("stopped"));
                    }
                }
                case "/__stub/start" -> {
                    String name = request.getParam("server");
                    if (servers.containsKey(name)) {
                        response.end("started");
                        return;
                    }
                    vertx.createHttpServer(SERVER_OPTIONS)
                            .requestHandler(r -> handle(name, r))
                            .listen(ports.get(name), "localhost")
                            .onSuccess(server -> {
                                servers.put(name, server);
                                response.end("started");
                            })
                            .onFailure(failure -> response.setStatusCode(500).end(failure.toString()));
                }
                default -> response.setStatusCode(404).end();
            }
        } catch (Exception e) {
            response.setStatusCode(500).end(e.toString());
        }
    }

    /** What a Helix service's /q/openapi looks like, small. */
    static JsonObject openApiDocument(String service) {
        String prefix = "/api/" + service;
        JsonObject problem = new JsonObject().put("type", "object").put("properties", new JsonObject()
                .put("type", new JsonObject().put("type", "string"))
                .put("status", new JsonObject().put("type", "integer")));
        JsonObject organisation = new JsonObject().put("type", "object").put("properties", new JsonObject()
                .put("id", new JsonObject().put("type", "string"))
                .put(service.replace('-', '_') + "_only", new JsonObject().put("type", "string")));
        JsonObject errors = new JsonObject().put("content", new JsonObject().put("application/problem+json",
                new JsonObject().put("schema", new JsonObject().put("$ref", "#/components/schemas/Problem"))));
        JsonObject secured = new JsonArray().add(new JsonObject().put("SecurityScheme", new JsonArray()))
                .getJsonObject(0);
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", service + " API").put("version", "1"))
                .put("tags", new JsonArray().add(new JsonObject().put("name", service)))
                .put("paths", new JsonObject()
                        .put(prefix + "/organisations/{id}", new JsonObject().put("get", new JsonObject()
                                .put("operationId", service + "-getOrganisation")
                                .put("tags", new JsonArray().add(service))
                                .put("security", new JsonArray().add(secured.copy()))
                                .put("responses", new JsonObject()
                                        .put("200", new JsonObject().put("content", new JsonObject().put(
                                                "application/json", new JsonObject().put("schema", new JsonObject()
                                                        .put("$ref", "#/components/schemas/Organisation")))))
                                        .put("404", errors))))
                        .put(prefix + "/public/info", new JsonObject().put("get", new JsonObject()
                                .put("operationId", service + "-info")
                                .put("security", new JsonArray())
                                .put("responses", new JsonObject().put("200", new JsonObject()
                                        .put("description", "ok")))))
                        .put("/q/internal-" + service, new JsonObject().put("get", new JsonObject()
                                .put("responses", new JsonObject().put("200", new JsonObject()
                                        .put("description", "internal"))))))
                .put("components", new JsonObject()
                        .put("schemas", new JsonObject().put("Problem", problem).put("Organisation", organisation))
                        .put("securitySchemes", new JsonObject().put("SecurityScheme", new JsonObject()
                                .put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT"))));
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
