package org.helix.governance.security;

import io.restassured.RestAssured;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Tokens an attacker could make from a genuine one and the realm's public key. */
final class ForgedTokens {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private ForgedTokens() {
    }

    /** The genuine payload under {@code alg: none} and an empty signature. */
    static String unsigned(String genuine) {
        return header("none", keyId(genuine)) + "." + genuine.split("\\.")[1] + ".";
    }

    /** The genuine token with its header naming another signing key (the signature no longer matters: never checked). */
    static String namingKey(String genuine, String kid) {
        String[] parts = genuine.split("\\.");
        return header("RS256", kid) + "." + parts[1] + "." + parts[2];
    }

    /** The genuine payload signed with HS256, the realm's RSA public key (X.509 encoding) used as the HMAC secret. */
    static String hmacWithPublicKey(String genuine, String realmUrl) {
        String kid = keyId(genuine);
        String signingInput = header("HS256", kid) + "." + genuine.split("\\.")[1];
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(publicKey(realmUrl, kid).getEncoded(), "HmacSHA256"));
            return signingInput + "." + URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JWT header with this algorithm and key id, base64url-encoded. */
    private static String header(String alg, String kid) {
        String json = "{\"alg\":\"" + alg + "\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}";
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static String keyId(String token) {
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        return header.replaceAll(".*\"kid\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private static PublicKey publicKey(String realmUrl, String kid) throws GeneralSecurityException {
        List<Map<String, String>> keys = RestAssured.get(realmUrl + "/protocol/openid-connect/certs")
                .then().statusCode(200).extract().path("keys");
        Map<String, String> jwk = keys.stream().filter(key -> kid.equals(key.get("kid"))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no published key " + kid));
        Base64.Decoder decoder = Base64.getUrlDecoder();
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, decoder.decode(jwk.get("n"))), new BigInteger(1, decoder.decode(jwk.get("e")))));
    }
}
