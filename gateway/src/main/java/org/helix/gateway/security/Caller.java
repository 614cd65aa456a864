package org.helix.gateway.security;

/**
 * Who sent a request, from its verified token.
 *
 * @param clientId the {@code azp} claim: the OAuth client the token was issued to
 * @param subject the {@code sub} claim
 * @param serviceAccount whether the token is a client-credentials token (the client itself, not a user)
 * @param expiresAtEpochSecond the {@code exp} claim
 */
public record Caller(String clientId, String subject, boolean serviceAccount, long expiresAtEpochSecond) {

    /** Key of the caller in the routing context data. */
    public static final String CONTEXT_KEY = "helix.caller";
}
