package org.helix.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.helix.platform.infra.HelixHome;
import org.helix.platform.infra.KeycloakServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Brings a running Keycloak's {@code helix} realm up to the realm file: Keycloak imports the file only into a new
 * database, so users, clients and realm roles added to {@code deploy/keycloak/helix-realm.json} later (a new demo
 * user, say) would be missing from a Keycloak started before. Adds what is missing through the admin API's partial
 * import and leaves everything that exists as it is.
 */
public final class RealmSync {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RealmSync() {
    }

    /** Returns how many users, clients and roles were added. */
    public static int addMissing(String keycloakUrl) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            JsonNode realm = JSON.readTree(HelixHome.repository().resolve(KeycloakServer.REALM_FILE).toFile());
            ObjectNode missing = JSON.createObjectNode().put("ifResourceExists", "SKIP");
            missing.set("roles", JSON.createObjectNode().set("realm", realm.path("roles").path("realm")));
            missing.set("clients", realm.path("clients"));
            missing.set("users", realm.path("users"));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloakUrl
                            + "/admin/realms/" + KeycloakServer.REALM + "/partialImport"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + adminToken(http, keycloakUrl))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(missing))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak's partial import of the realm file answered "
                        + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body()).path("added").asInt();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot bring the helix realm at " + keycloakUrl + " up to "
                    + KeycloakServer.REALM_FILE + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The bootstrap admin of the master realm (admin / admin, local Keycloaks only). */
    private static String adminToken(HttpClient http, String keycloakUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloakUrl
                        + "/realms/master/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=admin-cli&username=admin&password=admin")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the local admin's token: " + response.statusCode());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }
}
