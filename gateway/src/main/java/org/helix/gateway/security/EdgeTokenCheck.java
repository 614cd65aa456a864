package org.helix.gateway.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.helix.gateway.GatewayConfig;
import org.helix.gateway.problem.ProblemResponder;
import org.helix.gateway.problem.ProblemType;
import org.helix.gateway.ratelimit.AnonymousLimiter;
import org.helix.platform.edge.KeyResolutionFailure;
import org.helix.platform.edge.PublishedKeys;
import org.helix.platform.edge.TokenDigest;
import org.helix.platform.edge.TokenHeader;
import org.helix.gateway.telemetry.AccessLogHandler;
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
 * Keycloak is not asked per request: quarkus-oidc verifies against the JWKS it fetched, and a token verified once is
 * remembered by its SHA-256 until it expires, so a repeated token costs one map lookup instead of an RSA signature
 * check. {@link PublishedKeys} (read every {@code helix.gateway.auth.jwks-refresh-interval}, and for a token naming
 * an unknown key at most once per {@code jwks-min-refresh-interval}) is the gate in front: a key the realm removed
 * is refused, also for remembered tokens; an unknown key is only tried once the realm publishes it; if the keys
 * cannot be read, the token gets a 503 problem, and that is never remembered as a refusal.
 * <p>
 * Refused tokens are remembered too (digest only, at most {@code refused-token-cache-size}, 5 minutes), and every
 * refusal spends the client address's anonymous budget ({@link AnonymousLimiter}): over it, 429 instead of 401, and
 * unknown tokens from that address are not verified at all until the budget refills.
 * Services still check every token themselves.
 */
public class EdgeTokenCheck implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(EdgeTokenCheck.class);
    private static final String BEARER = "Bearer ";
    private static final String CHALLENGE = "Bearer realm=\"helix\"";

    private final TenantIdentityProvider identities;
    private final GatewayMetrics metrics;
    private final int maxTokenLength;
    private final PublishedKeys keys;
    private final AnonymousLimiter anonymous;
    /** Verified tokens by digest, with the key that signed them. */
    private final Cache<String, Verified> verified;
    /** Tokens refused lately (digest → reason), so a client repeating a bad token costs no further verification. */
    private final Cache<String, String> rejected;

    private record Verified(Caller caller, String keyId) {
    }
    /** Per event-loop thread: the last Authorization header that passed, and its caller. */
    private final ThreadLocal<LastVerified> lastVerified = ThreadLocal.withInitial(LastVerified::new);

    private static final class LastVerified {
        String authorization;
        Verified verified;
    }

    public EdgeTokenCheck(TenantIdentityProvider identities, GatewayMetrics metrics, GatewayConfig.Auth config,
            PublishedKeys keys, AnonymousLimiter anonymous) {
        this.identities = identities;
        this.metrics = metrics;
        this.maxTokenLength = config.maxTokenLength();
        this.keys = keys;
        this.anonymous = anonymous;
        this.verified = Caffeine.newBuilder()
                .maximumSize(config.verifiedTokenCacheSize())
                .expireAfter(new Expiry<String, Verified>() {
                    @Override
                    public long expireAfterCreate(String digest, Verified entry, long currentTime) {
                        long seconds = entry.caller().expiresAtEpochSecond() - Instant.now().getEpochSecond();
                        return TimeUnit.SECONDS.toNanos(Math.max(0, seconds));
                    }

                    @Override
                    public long expireAfterUpdate(String digest, Verified entry, long currentTime,
                            long currentDuration) {
                        return currentDuration;
                    }

                    @Override
                    public long expireAfterRead(String digest, Verified entry, long currentTime,
                            long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
        this.rejected = Caffeine.newBuilder()
                .maximumSize(config.refusedTokenCacheSize())
                .expireAfterWrite(java.time.Duration.ofMinutes(5))
                .build();
        metrics.registerTokenCaches(verified::estimatedSize, rejected::estimatedSize);
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
            passIfStillValid(ctx, previous.verified, authorization, null);
            return;
        }
        String token = authorization.substring(BEARER.length()).trim();
        if (token.length() > maxTokenLength) {
            reject(ctx, "malformed", CHALLENGE + ", error=\"invalid_token\"", "The access token is too long.");
            return;
        }
        String digest = TokenDigest.of(token);
        Verified known = verified.getIfPresent(digest);
        if (known != null) {
            passIfStillValid(ctx, known, authorization, digest);
            return;
        }
        String knownBad = rejected.getIfPresent(digest);
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
            rejected.put(digest, "expired");
            rejectInvalid(ctx, "expired");
            return;
        }
        if (anonymous != null && anonymous.isExhausted(clientAddress(ctx))) {
            tooManyRefused(ctx, anonymous.refusal());
            return;
        }
        String keyId = TokenHeader.keyId(token).orElse(null);
        if (keyId == null) {
            rejected.put(digest, "invalid");
            rejectInvalid(ctx, "invalid");
            return;
        }
        Context context = Vertx.currentContext();
        String requestId = RequestIds.of(ctx);
        if (keys.isPublished(keyId)) {
            verify(ctx, context, requestId, authorization, token, digest, keyId);
        } else if (!keys.mayLearnMore()) {
            if (keys.lastReadFailed()) {
                unavailable(ctx, "the realm's keys could not be read lately");
            } else {
                rejectInvalid(ctx, "invalid"); // not remembered: the key may be published soon
            }
        } else {
            ctx.vertx().<Boolean>executeBlocking(() -> keys.publishesAfterReading(keyId), false).onComplete(read -> onContext(context, requestId, () -> {
                if (ctx.response().ended() || ctx.response().closed()) {
                    return;
                }
                if (read.failed()) {
                    unavailable(ctx, read.cause().toString());
                } else if (read.result()) {
                    verify(ctx, context, requestId, authorization, token, digest, keyId);
                } else {
                    rejectInvalid(ctx, "invalid");
                }
            }));
        }
    }

    private void verify(RoutingContext ctx, Context context, String requestId, String authorization, String token,
            String digest, String keyId) {
        identities.authenticate(new AccessTokenCredential(token)).subscribe().with(
                identity -> onContext(context, requestId,
                        () -> verifiedNow(ctx, authorization, digest, keyId, identity)),
                failure -> onContext(context, requestId, () -> failed(ctx, token, digest, failure)));
    }

    /** A remembered token passes while it has not expired and the realm still publishes its key. */
    private void passIfStillValid(RoutingContext ctx, Verified entry, String authorization, String digest) {
        Caller caller = entry.caller();
        boolean unexpired = System.currentTimeMillis() / 1000 < caller.expiresAtEpochSecond();
        if (unexpired && keys.isPublished(entry.keyId())) {
            remember(authorization, entry);
            pass(ctx, caller);
            return;
        }
        verified.invalidate(digest != null ? digest : TokenDigest.of(authorization.substring(BEARER.length()).trim()));
        LastVerified previous = lastVerified.get();
        if (authorization.equals(previous.authorization)) {
            previous.authorization = null;
            previous.verified = null;
        }
        if (unexpired) {
            rejectInvalid(ctx, "invalid"); // its key was removed from the realm
        } else {
            reject(ctx, "expired", CHALLENGE + ", error=\"invalid_token\"", "The access token has expired.");
        }
    }

    private void remember(String authorization, Verified entry) {
        LastVerified previous = lastVerified.get();
        previous.authorization = authorization;
        previous.verified = entry;
    }

    private void verifiedNow(RoutingContext ctx, String authorization, String digest, String keyId,
            SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            reject(ctx, "invalid", CHALLENGE + ", error=\"invalid_token\"", "The access token is not a JWT.");
            return;
        }
        String clientId = jwt.getClaim("azp");
        Caller caller = new Caller(clientId == null ? "unknown" : clientId, jwt.getSubject(),
                jwt.containsClaim("client_id") || jwt.containsClaim("clientId"), jwt.getExpirationTime());
        Verified entry = new Verified(caller, keyId);
        verified.put(digest, entry);
        if (ctx.response().ended() || ctx.response().closed()) {
            return; // the client left while the token was checked
        }
        passIfStillValid(ctx, entry, authorization, digest);
    }

    private void failed(RoutingContext ctx, String token, String digest, Throwable failure) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        if (failure instanceof AuthenticationFailedException && !KeyResolutionFailure.isIn(failure)) {
            String reason = hasExpired(token) ? "expired" : "invalid";
            LOG.debugf("Token rejected (request %s): %s", RequestIds.of(ctx), failure);
            rejected.put(digest, reason);
            rejectInvalid(ctx, reason);
            return;
        }
        // not a verdict on the token: the realm publishes its key, but it could not be fetched (Keycloak away)
        unavailable(ctx, failure.toString());
    }

    private void unavailable(RoutingContext ctx, String why) {
        LOG.warnf("Token check unavailable (request %s): %s", RequestIds.of(ctx), why);
        metrics.tokenRejected("unavailable");
        ctx.response().headers().set(HttpHeaders.RETRY_AFTER, "5");
        ProblemResponder.sendBeforeBody(ctx, ProblemType.TOKEN_CHECK_UNAVAILABLE,
                "The gateway cannot check access tokens right now. Try again later.");
    }

    private void tooManyRefused(RoutingContext ctx, AnonymousLimiter.Verdict verdict) {
        metrics.rateLimited(AccessLogHandler.routeOf(ctx), "address", "anonymous");
        ctx.response().headers().set(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
        ProblemResponder.sendBeforeBody(ctx, ProblemType.RATE_LIMITED, "Too many requests without a valid access "
                + "token from this address (" + verdict.burst() + " at once, " + verdict.perSecond()
                + " per second); retry after " + verdict.retryAfterSeconds() + " s.");
    }

    /** The TCP peer, or the forwarded client when quarkus.http.proxy.proxy-address-forwarding is on. */
    private static String clientAddress(RoutingContext ctx) {
        var address = ctx.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
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
        if (anonymous != null) {
            AnonymousLimiter.Verdict verdict = anonymous.take(clientAddress(ctx));
            if (!verdict.allowed()) {
                tooManyRefused(ctx, verdict);
                return;
            }
        }
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
