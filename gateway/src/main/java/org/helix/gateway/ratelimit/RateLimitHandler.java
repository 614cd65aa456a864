package org.helix.gateway.ratelimit;

import org.helix.gateway.problem.ProblemResponder;
import org.helix.gateway.problem.ProblemType;
import org.helix.gateway.security.Caller;
import org.helix.gateway.security.EdgeTokenCheck;
import org.helix.gateway.telemetry.AccessLogHandler;
import org.helix.gateway.telemetry.GatewayMetrics;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Applies {@link RateLimiter} to a request whose caller {@link EdgeTokenCheck} established. Every answer carries
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset} (seconds until the bucket is full
 * again) and {@code RateLimit-Policy} of the tighter of the caller's buckets; over the limit it is a 429 problem
 * with {@code Retry-After} (seconds until the next request would pass).
 */
public class RateLimitHandler implements Handler<RoutingContext> {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";
    static final String POLICY = "RateLimit-Policy";

    private final RateLimiter limiter;
    private final GatewayMetrics metrics;

    public RateLimitHandler(RateLimiter limiter, GatewayMetrics metrics) {
        this.limiter = limiter;
        this.metrics = metrics;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Caller caller = EdgeTokenCheck.callerOf(ctx);
        if (caller == null) { // token check turned off
            ctx.next();
            return;
        }
        boolean write = isWrite(ctx.request().method());
        RateLimiter.Decision decision = limiter.check(caller, write);
        TokenBucket.Take take = decision.take();
        MultiMap headers = ctx.response().headers();
        headers.set(LIMIT, Integer.toString(take.limit()))
                .set(REMAINING, Integer.toString(take.remaining()))
                .set(RESET, Long.toString(take.resetSeconds()))
                .set(POLICY, take.limit() + ";w=" + Math.max(1, Math.round(take.limit() / take.perSecond())));
        if (decision.allowed()) {
            ctx.next();
            return;
        }
        String kind = write ? "write" : "read";
        metrics.rateLimited(AccessLogHandler.routeOf(ctx), decision.scope(), kind);
        headers.set("Retry-After", Long.toString(take.retryAfterSeconds()));
        ProblemResponder.sendBeforeBody(ctx, ProblemType.RATE_LIMITED, "The " + kind + " budget of this "
                + decision.scope() + " (" + take.limit() + " at once, " + rate(take.perSecond())
                + " per second) is used up; retry after " + take.retryAfterSeconds() + " s.");
    }

    static boolean isWrite(HttpMethod method) {
        return !(method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS);
    }

    private static String rate(double perSecond) {
        return perSecond == Math.rint(perSecond) ? Long.toString((long) perSecond) : Double.toString(perSecond);
    }
}
