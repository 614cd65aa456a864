package org.helix.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Fetches a real access token from Keycloak with the client-credentials grant of a confidential client. */
public final class ClientCredentials {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClientCredentials() {
    }

    public static String tokenEndpoint(String realmUrl) {
        return realmUrl + "/protocol/openid-connect/token";
    }

    public static String accessToken(HttpClient http, String realmUrl, String clientId, String clientSecret) {
        return token(http, realmUrl, clientId, "grant_type=client_credentials&client_id=" + encode(clientId)
                + "&client_secret=" + encode(clientSecret));
    }

    /**
     * A demo user's token (the portal client's password grant with the demo password), for the few demo records only
     * a person may write (a student's project review by an expert or a teacher, say).
     */
    public static String demoUserToken(HttpClient http, String realmUrl, String username) {
        return token(http, realmUrl, username, "grant_type=password&client_id=helix-portal&username="
                + encode(username) + "&password=helix-demo");
    }

    private static String token(HttpClient http, String realmUrl, String clientId, String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint(realmUrl)))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + clientId + ": "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return body.path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach Keycloak at " + tokenEndpoint(realmUrl), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
