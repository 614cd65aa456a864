package org.helix.governance.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.helix.governance.GovernanceServers;
import org.helix.platform.testing.InjectPrivateRealm;
import org.helix.platform.testing.PrivateRealm;
import org.helix.platform.tokencheck.SigningKeys;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The service against a realm of its own whose keys are rotated and removed, and cut off from Keycloak and connected
 * again (connections refused, as when Keycloak is down): key changes are followed, refusals are 401, and an outage is
 * a 503 only for tokens that need Keycloak to be checked.
 */
@QuarkusTest
@GovernanceServers
class KeycloakKeysAndOutageTest {

    static final String PATH = "/api/governance/organisations";
    static final String PARTNER = "partner-enterprise";

    @InjectPrivateRealm
    PrivateRealm keycloak;

    @Inject
    SigningKeys signingKeys;

    @Test
    void aRotatedKeyIsPickedUpAndARemovedKeyStopsBeingTrusted() {
        // the key to remove is one of this test's own: the module's other tests hold tokens of the realm's first key
        String oldKey = keycloak.addSigningKey();
        String oldKeyToken = keycloak.clientToken(PARTNER);
        assertEquals(oldKey, ForgedTokens.keyId(oldKeyToken));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> given().auth().oauth2(oldKeyToken).get(PATH).statusCode() == 200);

        String newKey = keycloak.addSigningKey();
        String newKeyToken = keycloak.clientToken(PARTNER);
        assertEquals(newKey, ForgedTokens.keyId(newKeyToken));
        assertNotEquals(ForgedTokens.keyId(oldKeyToken), newKey);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> given().auth().oauth2(newKeyToken).get(PATH).statusCode() == 200);
        given().auth().oauth2(oldKeyToken).get(PATH).then().statusCode(200);

        keycloak.removeSigningKey(oldKey);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> given().auth().oauth2(oldKeyToken).get(PATH).statusCode() == 401);
        given().auth().oauth2(oldKeyToken).get(PATH).then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("urn:helix:problem:unauthenticated"));
        given().auth().oauth2(newKeyToken).get(PATH).then().statusCode(200);
    }

    @Test
    void withKeycloakUnreachableVerifiedTokensWorkAndUncheckableOnesGetA503UntilItIsBack() {
        String verified = keycloak.clientToken(PARTNER);
        given().auth().oauth2(verified).get(PATH).then().statusCode(200);
        String newKey = keycloak.addSigningKey();
        String signedWithAKeyTheServiceHasNotSeen = keycloak.userToken("secretariat");
        assertEquals(newKey, ForgedTokens.keyId(signedWithAKeyTheServiceHasNotSeen));
        // wait for the scheduled read to list the new key: otherwise a read just before the key was added would leave
        // the on-demand read rate-limited, and the service would call the key unknown (401) without asking Keycloak
        await().atMost(Duration.ofSeconds(20)).until(() -> signingKeys.stillPublished(newKey));
        String namingAnUnknownKey = ForgedTokens.namingKey(verified, "never-published-" + newKey);

        keycloak.cutOff();
        try {
            given().auth().oauth2(verified).get(PATH).then().statusCode(200);
            given().auth().oauth2(signedWithAKeyTheServiceHasNotSeen).get(PATH).then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("10"))
                    .body("type", equalTo("urn:helix:problem:token-check-unavailable"));
            given().auth().oauth2(signedWithAKeyTheServiceHasNotSeen).get(PATH).then().statusCode(503);
            given().auth().oauth2("garbage").get(PATH).then().statusCode(401);
            // a key id the realm never published: once the rate limit lets the service ask again, the read fails, and
            // a made-up key cannot be told from a new one - a 503 too, not a 401
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                    .until(() -> given().auth().oauth2(namingAnUnknownKey).get(PATH).statusCode() == 503);
            given().auth().oauth2(namingAnUnknownKey).get(PATH).then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:helix:problem:token-check-unavailable"));
        } finally {
            keycloak.reconnect();
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().auth().oauth2(signedWithAKeyTheServiceHasNotSeen).get(PATH).statusCode() == 200);
        given().auth().oauth2(verified).get(PATH).then().statusCode(200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> given().auth().oauth2(namingAnUnknownKey).get(PATH).statusCode() == 401);
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        given().auth().oauth2(keycloak.tokenWithoutApiAudience()).get(PATH).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anUnsignedTokenIs401() {
        String unsigned = ForgedTokens.unsigned(keycloak.clientToken(PARTNER));
        given().auth().oauth2(unsigned).get(PATH).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anHs256TokenSignedWithThePublicKeyIs401() {
        String genuine = keycloak.clientToken(PARTNER);
        given().auth().oauth2(genuine).get(PATH).then().statusCode(200);
        String forged = ForgedTokens.hmacWithPublicKey(genuine, keycloak.realmUrl());
        given().auth().oauth2(forged).get(PATH).then().statusCode(401).contentType("application/problem+json");
    }
}
