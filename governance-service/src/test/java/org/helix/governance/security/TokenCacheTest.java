package org.helix.governance.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.helix.governance.GovernanceServers;
import org.helix.platform.edge.TokenDigest;
import org.helix.platform.testing.Tokens;
import org.helix.platform.tokencheck.VerifiedTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A token is verified in full once and then remembered by digest until it expires; refusals are never remembered. */
@QuarkusTest
@GovernanceServers
class TokenCacheTest {

    static final String PATH = "/api/governance/organisations";

    @Inject
    VerifiedTokens verifiedTokens;

    @Test
    void aVerifiedTokenIsRememberedByDigestUntilItExpires() {
        String token = Tokens.client("partner-enterprise");
        given().auth().oauth2(token).get(PATH).then().statusCode(200);
        VerifiedTokens.Verified remembered = verifiedTokens.find(TokenDigest.of(token));
        assertNotNull(remembered, "the verified token is remembered under its SHA-256");
        assertEquals(remembered.expiresAtEpochSecond(), TokenClaims.expiry(token), "remembered until its exp");
        given().auth().oauth2(token).get(PATH).then().statusCode(200);
    }

    @Test
    void aCachedTokenIsRefusedOnceItsExpiryHasPassed() {
        // a genuine token that lives two seconds (client helix-test-expiry)
        Map<String, Object> issued = RestAssured.given()
                .formParams(Map.of("grant_type", "client_credentials", "client_id", "helix-test-expiry",
                        "client_secret", "helix-test-expiry-secret"))
                .post(Tokens.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("");
        String token = (String) issued.get("access_token");
        Instant expiresAt = Instant.ofEpochSecond(TokenClaims.expiry(token));
        given().auth().oauth2(token).get(PATH).then().statusCode(200);
        assertNotNull(verifiedTokens.find(TokenDigest.of(token)));

        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(expiresAt.plusSeconds(1)));
        given().auth().oauth2(token).get(PATH).then().statusCode(401).contentType("application/problem+json");
        assertNull(verifiedTokens.find(TokenDigest.of(token)));
    }

    /** Reads the (unverified) {@code exp} of a token, only to know what the service should have remembered. */
    static final class TokenClaims {
        static long expiry(String token) {
            String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                    java.nio.charset.StandardCharsets.UTF_8);
            return Long.parseLong(payload.replaceAll(".*\"exp\"\\s*:\\s*(\\d+).*", "$1"));
        }
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        String forged = Tokens.withForgedSignature(Tokens.client("partner-enterprise"));
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(forged).get(PATH).then().statusCode(401);
            assertNull(verifiedTokens.find(TokenDigest.of(forged)));
        }
    }
}
