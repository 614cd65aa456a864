package org.helix.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/** A small JSON client for one API caller (a client-credentials token, or a demo user's), used to seed demo data. */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String baseUrl;
    private final String token;

    ApiClient(HttpClient http, String baseUrl, String realmUrl, String clientId) {
        this(http, baseUrl, ClientCredentials.accessToken(http, realmUrl, clientId, clientId + "-secret"));
    }

    private ApiClient(HttpClient http, String baseUrl, String token) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** A client calling as a demo user (password grant of the portal client), not as a partner system. */
    static ApiClient asDemoUser(HttpClient http, String baseUrl, String realmUrl, String username) {
        return new ApiClient(http, baseUrl, ClientCredentials.demoUserToken(http, realmUrl, username));
    }

    /** The subject ({@code sub}) of the token this client calls with. */
    String subject() {
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1])).path("sub").asText();
        } catch (IOException e) {
            throw new IllegalStateException("The token's payload is not JSON", e);
        }
    }

    /** The response of a GET; its status is for the caller to judge. */
    HttpResponse<String> get(String path) {
        return send(request(path).GET(), "GET " + path);
    }

    JsonNode getJson(String path) {
        return parse(expect(get(path), "GET " + path, 200));
    }

    /** POSTs {@code body} and returns the JSON answered, failing unless the status is one of {@code accepted}. */
    JsonNode post(String path, Object body, String idempotencyKey, Set<Integer> accepted) {
        HttpResponse<String> response = postResponse(path, body, idempotencyKey);
        if (!accepted.contains(response.statusCode())) {
            throw unexpected("POST " + path, response);
        }
        return parse(response.body());
    }

    /** The response of a POST of {@code body}; its status is for the caller to judge. */
    HttpResponse<String> postResponse(String path, Object body, String idempotencyKey) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request, "POST " + path);
    }

    /** PUTs {@code body} and returns the JSON answered, failing unless the status is 200. */
    JsonNode put(String path, Object body) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body)));
        return parse(expect(send(request, "PUT " + path), "PUT " + path, 200));
    }

    JsonNode post(String path, Object body) {
        return post(path, body, null, Set.of(200, 201));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String what) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(what + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String expect(HttpResponse<String> response, String what, int status) {
        if (response.statusCode() != status) {
            throw unexpected(what, response);
        }
        return response.body();
    }

    static IllegalStateException unexpected(String what, HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        return new IllegalStateException(what + " answered " + response.statusCode() + ": "
                + (body.length() > 500 ? body.substring(0, 500) + "..." : body));
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
