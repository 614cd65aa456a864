package org.helix.platform.tokencheck;

/**
 * The token could not be checked because the realm's keys could not be had (Keycloak unreachable): not a verdict on
 * the token, so the caller gets a 503 problem and may retry, and nothing is remembered about the token.
 */
public class TokenCheckUnavailableException extends RuntimeException {

    public TokenCheckUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
