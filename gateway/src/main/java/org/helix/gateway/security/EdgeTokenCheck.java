package org.helix.gateway.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.helix.gateway.GatewayConfig;
import org.helix.gateway.problem.ProblemResponder;
import org.helix.gateway.problem.ProblemType;
import org.helix.gateway.telemetry.GatewayMetrics;
import org.helix.gateway.telemetry.RequestIds;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The token check at the edge: a request to {@code /api/**} goes on only with a valid bearer token of the realm
 * (signature against the realm's JWKS, issuer, expiry, audience {@code helix-api}: quarkus-oidc's rules, configured
 * with {@code quarkus.oidc.*}). Everything else is a 401 problem, and the upstream never sees the request.
 * <p>
 * Keycloak is not asked per request: quarkus-oidc verifies against the JWKS it fetched at start-up (refreshed only
 * when a token names an unknown key, at most once per {@code quarkus.oidc.token.forced-jwk-refresh-interval}), and
 * a token verified once is remembered until it expires, so a repeated token costs one map lookup instead of an RSA
 * signature check. Services still check every token themselves.
 */
public class EdgeTokenCheck implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(EdgeTokenCheck.class);
    private static final String BEARER = "Bearer ";
    private static final String CHALLENGE = "Bearer realm=\"helix\"";

    private final TenantIdentityProvider identities;
    private final GatewayMetrics metrics;
    private final int maxTokenLength;
    private final Cache<String, Caller> verified;
    /** Tokens refused lately (token → reason), so a client repeating a bad token costs no further verification. */
    private final Cache<String, String> rejected;
    /** Per event-loop thread: the last Authorization header that passed, and its caller. */
    private final ThreadLocal<LastVerified> lastVerified = ThreadLocal.withInitial(LastVerified::new);

    private static final class LastVerified {
        String authorization;
        Caller caller;
    }

    public EdgeTokenCheck(TenantIdentityProvider identities, GatewayMetrics metrics, GatewayConfig.Auth config) {
        this.identities = identities;
        this.metrics = metrics;
        this.maxTokenLength = config.maxTokenLength();
        this.verified = Caffeine.newBuilder()
                .maximumSize(config.verifiedTokenCacheSize())
                .expireAfter(new Expiry<String, Caller>() {
                    @Override
                    public long expireAfterCreate(String token, Caller caller, long currentTime) {
                        long seconds = caller.expiresAtEpochSecond() - Instant.now().getEpochSecond();
                        return TimeUnit.SECONDS.toNanos(Math.max(0, seconds));
                    }

                    @Override
                    public long expireAfterUpdate(String token, Caller caller, long currentTime, long currentDuration) {
                        return currentDuration;
                    }

                    @Override
                    public long expireAfterRead(String token, Caller caller, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
        this.rejected = Caffeine.newBuilder()
                .maximumSize(config.verifiedTokenCacheSize())
                .expireAfterWrite(java.time.Duration.ofMinutes(5))
                .build();
    }

    /** The verified caller of a request that passed this check. */
    public static Caller callerOf(RoutingContext ctx) {
        return ctx.get(Caller.CONTEXT_KEY);
    }

    @Override
    public void handle(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            reject(ctx, "missing", CHALLENGE,
                    "The request carries no access token; send Authorization: Bearer <token> from the helix realm.");
            return;
        }
        if (authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            reject(ctx, "malformed", CHALLENGE + ", error=\"invalid_request\"",
                    "The Authorization header is not of the form 'Bearer <token>'.");
            return;
        }
        // the same header as this event loop's previous request (a keep-alive client): an equals, no hashing
        LastVerified previous = lastVerified.get();
        if (authorization.equals(previous.authorization)) {
            passIfUnexpired(ctx, previous.caller, authorization);
            return;
        }
        String token = authorization.substring(BEARER.length()).trim();
        if (token.length() > maxTokenLength) {
            reject(ctx, "malformed", CHALLENGE + ", error=\"invalid_token\"", "The access token is too long.");
            return;
        }
        Caller known = verified.getIfPresent(token);
        if (known != null) {
            passIfUnexpired(ctx, known, authorization);
            return;
        }
        String knownBad = rejected.getIfPresent(token);
        if (knownBad != null) {
            rejectInvalid(ctx, knownBad);
            return;
        }
        if (!looksLikeJwt(token)) {
            reject(ctx, "malformed", CHALLENGE + ", error=\"invalid_token\"",
                    "The access token is not a signed JWT.");
            return;
        }
        if (hasExpired(token)) { // refusing needs no signature check: saves an RSA verification per stale token
            rejected.put(token, "expired");
            rejectInvalid(ctx, "expired");
            return;
        }
        Context context = Vertx.currentContext();
        String requestId = RequestIds.of(ctx);
        identities.authenticate(new AccessTokenCredential(token)).subscribe().with(
                identity -> onContext(context, requestId, () -> verifiedNow(ctx, authorization, token, identity)),
                failure -> onContext(context, requestId, () -> failed(ctx, token, failure)));
    }

    private void passIfUnexpired(RoutingContext ctx, Caller caller, String authorization) {
        if (System.currentTimeMillis() / 1000 < caller.expiresAtEpochSecond()) {
            remember(authorization, caller);
            pass(ctx, caller);
            return;
        }
        verified.invalidate(authorization.substring(BEARER.length()).trim());
        LastVerified previous = lastVerified.get();
        if (authorization.equals(previous.authorization)) {
            previous.authorization = null;
            previous.caller = null;
        }
        reject(ctx, "expired", CHALLENGE + ", error=\"invalid_token\"", "The access token has expired.");
    }

    private void remember(String authorization, Caller caller) {
        LastVerified previous = lastVerified.get();
        previous.authorization = authorization;
        previous.caller = caller;
    }

    private void verifiedNow(RoutingContext ctx, String authorization, String token, SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            reject(ctx, "invalid", CHALLENGE + ", error=\"invalid_token\"", "The access token is not a JWT.");
            return;
        }
        String clientId = jwt.getClaim("azp");
        Caller caller = new Caller(clientId == null ? "unknown" : clientId, jwt.getSubject(),
                jwt.containsClaim("client_id") || jwt.containsClaim("clientId"), jwt.getExpirationTime());
        verified.put(token, caller);
        if (ctx.response().ended() || ctx.response().closed()) {
            return; // the client left while the token was checked
        }
        passIfUnexpired(ctx, caller, authorization);
    }

    private void failed(RoutingContext ctx, String token, Throwable failure) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        if (failure instanceof AuthenticationFailedException) {
            String reason = hasExpired(token) ? "expired" : "invalid";
            LOG.debugf("Token rejected (request %s): %s", RequestIds.of(ctx), failure);
            rejected.put(token, reason);
            rejectInvalid(ctx, reason);
            return;
        }
        // not a verdict on the token: the realm's keys could not be had (Keycloak unreachable since start-up)
        LOG.warnf("Token check failed (request %s): %s", RequestIds.of(ctx), failure.toString());
        metrics.tokenRejected("unavailable");
        ctx.response().headers().set(HttpHeaders.RETRY_AFTER, "5");
        ProblemResponder.sendBeforeBody(ctx, ProblemType.TOKEN_CHECK_UNAVAILABLE,
                "The gateway cannot check access tokens right now. Try again later.");
    }

    private void rejectInvalid(RoutingContext ctx, String reason) {
        reject(ctx, reason, CHALLENGE + ", error=\"invalid_token\"", reason.equals("expired")
                ? "The access token has expired."
                : "The access token is not valid for this API (signature, issuer, audience or lifetime).");
    }

    private void pass(RoutingContext ctx, Caller caller) {
        ctx.put(Caller.CONTEXT_KEY, caller);
        ctx.next();
    }

    private void reject(RoutingContext ctx, String reason, String challenge, String detail) {
        metrics.tokenRejected(reason);
        ctx.response().headers().set("WWW-Authenticate", challenge);
        ProblemResponder.sendBeforeBody(ctx, ProblemType.UNAUTHORIZED, detail);
    }

    /** Three non-empty base64url parts: the shape of a JWS in compact form. */
    static boolean looksLikeJwt(String token) {
        int dots = 0;
        int partLength = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                if (partLength == 0) {
                    return false;
                }
                dots++;
                partLength = 0;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_') {
                partLength++;
            } else {
                return false;
            }
        }
        return dots == 2 && partLength > 0;
    }

    /** Only to word the answer: whether the (unverified) token says it has expired. */
    private static boolean hasExpired(String token) {
        try {
            String payload = token.substring(token.indexOf('.') + 1, token.lastIndexOf('.'));
            JsonObject claims = new JsonObject(new String(Base64.getUrlDecoder().decode(payload),
                    StandardCharsets.UTF_8));
            Long exp = claims.getLong("exp");
            return exp != null && exp <= Instant.now().getEpochSecond();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Verification may complete on another thread: go on on the request's own context, with its MDC. */
    private static void onContext(Context context, String requestId, Runnable action) {
        Runnable withMdc = () -> {
            if (requestId != null) {
                MDC.put(RequestIds.CONTEXT_KEY, requestId);
            }
            action.run();
        };
        if (context == null || Vertx.currentContext() == context) {
            withMdc.run();
        } else {
            context.runOnContext(v -> withMdc.run());
        }
    }
}
