package org.helix.platform.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.helix.platform.infra.HelixHome;
import org.helix.platform.infra.KeycloakServer;
import org.helix.platform.infra.Ports;
import org.helix.platform.infra.ServerEndpoints;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A realm of one test class's own on the shared Keycloak — a copy of the {@code helix} realm under another name —
 * reached by the app through a {@link TcpForwarder}: the test rotates and removes its signing keys without disturbing
 * other tests, and cuts the app off Keycloak ({@link #cutOff()}, connections refused as when Keycloak is down) and
 * reconnects it, while Keycloak keeps running for everybody else. Made in a second or two instead of starting a
 * Keycloak of its own (most of a minute on two cores).
 * <p>
 * The app gets {@link #appConfig()}: its OIDC settings point at the forwarder, with discovery off so that the key set
 * is fetched through it too (Keycloak's pinned hostname would otherwise send the app to Keycloak directly), and the
 * issuer the tokens carry.
 */
public final class PrivateRealm {

    private final ServerEndpoints servers;
    private final String name;
    private final TcpForwarder door;

    PrivateRealm(ServerEndpoints servers) {
        this.servers = servers;
        this.name = "helix-private-" + UUID.randomUUID().toString().substring(0, 8);
        URI keycloak = URI.create(servers.keycloakUrl());
        this.door = new TcpForwarder(Ports.free(), keycloak.getHost(), keycloak.getPort());
    }

    /** Imports the copy of the helix realm and opens the way to it. */
    PrivateRealm create() {
        try {
            JsonMapper json = JsonMapper.builder().build();
            ObjectNode realm = (ObjectNode) json.readTree(
                    Files.readString(HelixHome.repository().resolve(KeycloakServer.REALM_FILE)));
            realm.put("realm", name);
            admin().contentType(ContentType.JSON).body(json.writeValueAsString(realm))
                    .post(servers.keycloakUrl() + "/admin/realms").then().statusCode(201);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        door.connect();
        return this;
    }

    /** The app's settings: OIDC through the forwarder, the issuer Keycloak puts in this realm's tokens. */
    Map<String, String> appConfig() {
        String throughDoor = "http://localhost:" + door.port() + "/realms/" + name;
        return Map.of("quarkus.oidc.auth-server-url", throughDoor,
                "quarkus.oidc.discovery-enabled", "false",
                "quarkus.oidc.jwks-path", "protocol/openid-connect/certs",
                "quarkus.oidc.token.issuer", realmUrl());
    }

    /** The app can no longer reach Keycloak: new connections are refused and open ones closed. */
    public void cutOff() {
        door.cut();
    }

    /** The app reaches Keycloak again. */
    public void reconnect() {
        door.connect();
    }

    /** Deletes the realm and closes the forwarder. */
    void delete() {
        door.close();
        admin().delete(adminUrl()).then().statusCode(204);
    }

    /** The realm's URL as Keycloak names it (the issuer of its tokens). */
    public String realmUrl() {
        return servers.keycloakUrl() + "/realms/" + name;
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
        return servers.keycloakUrl() + "/admin/realms/" + name;
    }

    private io.restassured.specification.RequestSpecification admin() {
        String token = RestAssured.given()
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                        "password", "admin"))
                .post(servers.keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return RestAssured.given().auth().oauth2(token);
    }

    private String token(Map<String, String> form) {
        Response response = RestAssured.given().formParams(form)
                .post(realmUrl() + "/protocol/openid-connect/token");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The private realm refused a token for " + form.get("client_id")
                    + ": " + response.statusCode() + " " + response.asString());
        }
        return response.jsonPath().getString("access_token");
    }
}
