package org.helix.platform.testing;

import io.restassured.RestAssured;
import io.restassured.response.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.awaitility.Awaitility.await;

/**
 * Real access tokens from the test Keycloak for the demo users and clients of the {@code helix} realm, or of the
 * application's private copy of it when {@link HelixTestResource} made one ({@link #realmUrl()}).
 * Tokens are cached until shortly before they expire.
 */
public final class Tokens {

    public static final String DEMO_PASSWORD = "helix-demo";
    public static final String PORTAL_CLIENT = "helix-portal";

    private record Cached(String token, Instant expiresAt) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A password-grant token through the portal client for a demo user (username = its role, e.g. "secretariat"). */
    public static String user(String username) {
        return CACHE.compute(realmKey() + " user:" + username, (key, cached) -> fresh(cached) ? cached
                : fetch(Map.of("grant_type", "password", "client_id", PORTAL_CLIENT, "username", username,
                        "password", DEMO_PASSWORD))).token();
    }

    /** A client-credentials token for a confidential client (demo secret {@code <clientId>-secret}). */
    public static String client(String clientId) {
        return CACHE.compute(realmKey() + " client:" + clientId, (key, cached) -> fresh(cached) ? cached
                : fetch(Map.of("grant_type", "client_credentials", "client_id", clientId,
                        "client_secret", clientId + "-secret"))).token();
    }

    /** A genuine token that has expired: issued to a client whose tokens live two seconds, then waited out. */
    public static String expired() {
        Cached cached = fetch(Map.of("grant_type", "client_credentials", "client_id", "helix-test-expiry",
                "client_secret", "helix-test-expiry-secret"));
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(cached.expiresAt().plusSeconds(1)));
        return cached.token();
    }

    /** The token with one payload claim changed but the original signature kept. */
    public static String withTamperedPayload(String token, String claim, String newValue) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String tampered = payload.replaceFirst("\"" + claim + "\":\"[^\"]*\"", "\"" + claim + "\":\"" + newValue + "\"");
        if (tampered.equals(payload)) {
            throw new IllegalArgumentException("claim " + claim + " not found as a string in the token");
        }
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(tampered.getBytes()) + "."
                + parts[2];
    }

    /** The token with its signature replaced by another (valid-looking, wrong) one. */
    public static String withForgedSignature(String token) {
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x5A;
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** The realm the application under test trusts: the shared {@code helix} realm or its private copy. */
    public static String realmUrl() {
        String privateRealm = System.getProperty(HelixTestResource.PRIVATE_REALM_PROPERTY);
        // endpoints() checks that the shared servers answer: asked only when needed
        return privateRealm != null ? privateRealm : HelixTestServers.endpoints().realmUrl();
    }

    /**
     * The realm a cached token belongs to, told apart cheaply on every call: {@link #realmUrl()} asks the shared servers
     * whether they answer, so it is only called when a token is fetched.
     */
    private static String realmKey() {
        return System.getProperty(HelixTestResource.PRIVATE_REALM_PROPERTY, "shared");
    }

    private static boolean fresh(Cached cached) {
        return cached != null && Instant.now().isBefore(cached.expiresAt().minusSeconds(20));
    }

    private static Cached fetch(Map<String, String> form) {
        Response response = RestAssured.given()
                .formParams(form)
                .post(realmUrl() + "/protocol/openid-connect/token");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + form.get("client_id") + "/"
                    + form.getOrDefault("username", "-") + ": " + response.statusCode() + " " + response.asString());
        }
        String token = response.jsonPath().getString("access_token");
        int expiresIn = response.jsonPath().getInt("expires_in");
        return new Cached(token, Instant.now().plusSeconds(expiresIn));
    }
}
