package org.helix.platform.tokencheck;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.helix.platform.edge.KeyResolutionFailure;
import org.helix.platform.edge.TokenDigest;
import org.helix.platform.edge.TokenHeader;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.Set;

/**
 * Every request with a bearer token comes here first (before quarkus-oidc's own mechanism, by priority):
 * <ol>
 * <li>a token verified before (same SHA-256), not expired and signed by a key the realm still publishes: its
 * identity again, no parsing, no signature check;</li>
 * <li>otherwise the key it names must be one the realm publishes ({@link SigningKeys}, which reads the key set again
 * for a new key, rate-limited); then quarkus-oidc verifies it in full — signature, RS256 only, issuer, audience
 * {@code helix-api}, expiry — and a success is remembered until the token's {@code exp}.</li>
 * </ol>
 * A refusal (401) is never remembered. If the keys cannot be read — or the realm publishes the token's key but
 * quarkus-oidc could not fetch it yet (Keycloak away, or its own refresh rate limit) — the answer is a 503 problem
 * ({@link TokenCheckUnavailableException}), not a 401: the token may well be good.
 * Requests without a bearer token are left to quarkus-oidc (anonymous).
 */
@Singleton
public class RememberingBearerMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(RememberingBearerMechanism.class);
    private static final String BEARER = "Bearer ";

    private final TenantIdentityProvider oidc;
    private final VerifiedTokens verifiedTokens;
    private final SigningKeys signingKeys;

    public RememberingBearerMechanism(TenantIdentityProvider oidc, VerifiedTokens verifiedTokens,
            SigningKeys signingKeys) {
        this.oidc = oidc;
        this.verifiedTokens = verifiedTokens;
        this.signingKeys = signingKeys;
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY * 2;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        String token = authorization.substring(BEARER.length()).trim();
        String digest = TokenDigest.of(token);
        VerifiedTokens.Verified known = verifiedTokens.find(digest);
        if (known != null) {
            if (signingKeys.stillPublished(known.keyId())) {
                return Uni.createFrom().item(known.identity());
            }
            verifiedTokens.forget(digest);
        }
        Optional<String> keyId = TokenHeader.keyId(token);
        if (keyId.isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token names no signing key"));
        }
        LOG.debugf("Verifying a token not seen before (key %s)", keyId.get());
        return signingKeys.isPublished(keyId.get(), context.vertx())
                .chain(published -> published
                        ? oidc.authenticate(new AccessTokenCredential(token))
                        : Uni.createFrom().failure(new AuthenticationFailedException(
                                "The token's signing key is not one the realm publishes")))
                .onItem().invoke(identity -> remember(digest, keyId.get(), identity))
                .onFailure(failure -> failure instanceof AuthenticationFailedException
                        && KeyResolutionFailure.isIn(failure))
                .transform(failure -> new TokenCheckUnavailableException(
                        "The realm publishes the token's key but it could not be fetched yet", failure))
                .onFailure(failure -> !(failure instanceof AuthenticationFailedException
                        || failure instanceof TokenCheckUnavailableException))
                .transform(failure -> new TokenCheckUnavailableException("The token could not be checked", failure));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"helix\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    private void remember(String digest, String keyId, SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            verifiedTokens.remember(digest, new VerifiedTokens.Verified(identity, jwt.getExpirationTime(), keyId));
        }
    }
}
