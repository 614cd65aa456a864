package org.helix.platform.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.helix.platform.infra.HelixHome;
import org.helix.platform.infra.KeycloakServer;
import org.helix.platform.infra.Ports;
import org.helix.platform.infra.ServerEndpoints;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A Keycloak with the {@code helix} realm for one test class (its own ports and database on the shared PostgreSQL):
 * stop it, start it again, add and remove signing keys through the admin REST API.
 */
public final class PrivateKeycloak {

    private final ServerEndpoints servers;
    private final String database;
    private final KeycloakServer server;

    PrivateKeycloak(ServerEndpoints servers) {
        this.servers = servers;
        this.database = "keycloak_private_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Path log = HelixHome.root().resolve("test/" + database + ".log");
        this.server = new KeycloakServer(Ports.free(), Ports.free(), log, false);
    }

    PrivateKeycloak start() {
        servers.ensureDatabase(database, database, database);
        try {
            server.start(servers.jdbcUrl(database), database, database);
        } catch (RuntimeException e) {
            server.stop(); // not ready in time: no Keycloak left running behind a failed test
            throw e;
        }
        return this;
    }

    /** Starts it again after {@link #stop()} (keys and realm as they were: they live in its database). */
    public void startAgain() {
        server.start(servers.jdbcUrl(database), database, database);
    }

    public void stop() {
        server.stop();
    }

    public String realmUrl() {
        return server.realmUrl();
    }

    /** A client-credentials token of a confidential client of the realm (demo secret {@code <clientId>-secret}). */
    public String clientToken(String clientId) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientId + "-secret"));
    }

    /** A password-grant token of a demo user through the portal client. */
    public String userToken(String username) {
        return token(Map.of("grant_type", "password", "client_id", Tokens.PORTAL_CLIENT, "username", username,
                "password", Tokens.DEMO_PASSWORD));
    }

    /** Adds a generated RS256 key that outranks the others (new tokens are signed with it); returns its kid. */
    public String addSigningKey() {
        String realmId = admin().get(adminUrl()).then().statusCode(200).extract().path("id");
        String name = "rotated-" + UUID.randomUUID();
        admin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "providerId", "rsa-generated",
                        "providerType", "org.keycloak.keys.KeyProvider", "parentId", realmId,
                        // each new key outranks every earlier one (Keycloak signs with the highest priority)
                        "config", Map.of("priority", List.of(String.valueOf(System.currentTimeMillis() / 1000
                                        - 1_700_000_000L)),
                                "enabled", List.of("true"), "active", List.of("true"),
                                "algorithm", List.of("RS256"), "keySize", List.of("2048"))))
                .post(adminUrl() + "/components").then().statusCode(201);
        String componentId = admin().queryParam("name", name).get(adminUrl() + "/components")
                .then().statusCode(200).extract().path("[0].id");
        return signingKeys().stream().filter(key -> componentId.equals(key.get("providerId")))
                .map(key -> (String) key.get("kid")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no key of the new provider " + componentId));
    }

    /** Removes the key provider of this kid: the realm stops publishing the key. */
    public void removeSigningKey(String kid) {
        String providerId = signingKeys().stream().filter(key -> kid.equals(key.get("kid")))
                .map(key -> (String) key.get("providerId")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the realm has no key " + kid));
        admin().delete(adminUrl() + "/components/" + providerId).then().statusCode(204);
    }

    /**
     * A confidential client with a service account but without the {@code helix-api} client scope, so its tokens lack
     * that audience; returns one of its tokens.
     */
    public String tokenWithoutApiAudience() {
        String clientId = "no-audience-" + UUID.randomUUID().toString().substring(0, 8);
        admin().contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "enabled", true, "publicClient", false,
                        "serviceAccountsEnabled", true, "standardFlowEnabled", false,
                        "secret", clientId + "-secret"))
                .post(adminUrl() + "/clients").then().statusCode(201);
        String id = admin().queryParam("clientId", clientId).get(adminUrl() + "/clients")
                .then().statusCode(200).extract().path("[0].id");
        List<Map<String, Object>> scopes = admin().get(adminUrl() + "/clients/" + id + "/default-client-scopes")
                .then().statusCode(200).extract().path("");
        scopes.stream().filter(scope -> "helix-api".equals(scope.get("name"))).forEach(scope ->
                admin().delete(adminUrl() + "/clients/" + id + "/default-client-scopes/" + scope.get("id"))
                        .then().statusCode(204));
        return clientToken(clientId);
    }

    /** The kid Keycloak signs access tokens with now. */
    public String activeSigningKey() {
        return admin().get(adminUrl() + "/keys").then().statusCode(200).extract().path("active.RS256");
    }

    private List<Map<String, Object>> signingKeys() {
        return admin().get(adminUrl() + "/keys").then().statusCode(200).extract().path("keys.findAll { it.use == 'SIG' }");
    }

    private String adminUrl() {
        return server.baseUrl() + "/admin/realms/" + KeycloakServer.REALM;
    }

    private io.restassured.specification.RequestSpecification admin() {
        String token = RestAssured.given()
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                        "password", "admin"))
                .post(server.baseUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return RestAssured.given().auth().oauth2(token);
    }

    private String token(Map<String, String> form) {
        Response response = RestAssured.given().formParams(form)
                .post(realmUrl() + "/protocol/openid-connect/token");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The private Keycloak refused a token for " + form.get("client_id")
                    + ": " + response.statusCode() + " " + response.asString());
        }
        return response.jsonPath().getString("access_token");
    }
}
