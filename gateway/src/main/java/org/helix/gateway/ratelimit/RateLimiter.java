package org.helix.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.helix.gateway.GatewayConfig;
import org.helix.gateway.security.Caller;

/**
 * Token buckets per client ({@code azp}) and per user ({@code sub}), each with a read and a write budget.
 * <p>
 * Every client and every user has buckets of their own, so one party's burst only ever empties its own buckets;
 * a refused request is answered at the edge and costs next to nothing. A client-credentials token is the client
 * itself: only the client's budget applies. A user's request takes from the user's bucket and from the bucket of
 * the client (portal) it came through.
 * <p>
 * The buckets live in this gateway instance's memory: with N replicas behind a load balancer a party gets up to N
 * times the configured budget (see the README).
 */
public final class RateLimiter {

    /** The outcome: allowed or not, which bucket decided (scope client|user) and what to tell the caller. */
    public record Decision(boolean allowed, String scope, TokenBucket.Take take) {
    }

    private static final class Buckets {
        final TokenBucket read;
        final TokenBucket write;

        Buckets(GatewayConfig.Budgets budgets, long now) {
            read = new TokenBucket(budgets.read().burst(), budgets.read().perSecond(), now);
            write = new TokenBucket(budgets.write().burst(), budgets.write().perSecond(), now);
        }

        TokenBucket of(boolean isWrite) {
            return isWrite ? write : read;
        }

        boolean isFull(long now) {
            return read.isFull(now) && write.isFull(now);
        }
    }

    private final GatewayConfig.RateLimit config;
    private final LongSupplier nanoClock;
    private final Map<String, Buckets> clients = new ConcurrentHashMap<>();
    private final Map<String, Buckets> users = new ConcurrentHashMap<>();

    public RateLimiter(GatewayConfig.RateLimit config, LongSupplier nanoClock) {
        this.config = config;
        this.nanoClock = nanoClock;
        // fail at startup, not on the first request, when a budget is unusable
        new Buckets(config.client(), 0);
        new Buckets(config.user(), 0);
        config.clients().values().forEach(budgets -> new Buckets(budgets, 0));
    }

    public Decision check(Caller caller, boolean write) {
        long now = nanoClock.getAsLong();
        TokenBucket.Take userTake = null;
        TokenBucket userBucket = null;
        if (!caller.serviceAccount()) {
            userBucket = bucketsOf(users, caller.subject(), config.user(), now).of(write);
            userTake = userBucket.take(now);
            if (!userTake.allowed()) {
                return new Decision(false, "user", userTake);
            }
        }
        GatewayConfig.Budgets clientBudgets = config.clients().getOrDefault(caller.clientId(), config.client());
        TokenBucket.Take clientTake = bucketsOf(clients, caller.clientId(), clientBudgets, now).of(write).take(now);
        if (!clientTake.allowed()) {
            if (userBucket != null) {
                userBucket.refund();
            }
            return new Decision(false, "client", clientTake);
        }
        if (userTake != null && userTake.remaining() < clientTake.remaining()) {
            return new Decision(true, "user", userTake);
        }
        return new Decision(true, "client", clientTake);
    }

    /** Drops buckets that have refilled completely; called periodically so idle parties cost no memory. */
    public void sweep() {
        long now = nanoClock.getAsLong();
        clients.values().removeIf(buckets -> buckets.isFull(now));
        users.values().removeIf(buckets -> buckets.isFull(now));
    }

    int trackedParties() {
        return clients.size() + users.size();
    }

    private static Buckets bucketsOf(Map<String, Buckets> map, String key, GatewayConfig.Budgets budgets, long now) {
        Buckets buckets = map.get(key);
        if (buckets == null) {
            buckets = map.computeIfAbsent(key, k -> new Buckets(budgets, now));
        }
        return buckets;
    }
}
