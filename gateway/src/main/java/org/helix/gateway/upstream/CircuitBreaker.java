package org.helix.gateway.upstream;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The circuit breaker of one upstream.
 *
 * <pre>
 * CLOSED --failureThreshold consecutive failures--> OPEN --openDuration passed, next request is the probe--> HALF_OPEN
 * HALF_OPEN --probe succeeds--> CLOSED,   HALF_OPEN --probe fails--> OPEN (for another openDuration)
 * </pre>
 * While OPEN (and while the probe is under way) requests are refused at once, so a dead upstream costs neither a
 * connect timeout per request nor pooled connections. Event loops of all cores share one breaker: the closed fast
 * path is a volatile read; transitions take the lock.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    /** What {@link #tryAcquire()} decided: pass (a normal request or the probe) or refuse for so many nanos. */
    public record Permit(boolean allowed, boolean probe, long retryAfterNanos) {
        public static final Permit NORMAL = new Permit(true, false, 0);
        public static final Permit PROBE = new Permit(true, true, 0);
    }

    private final String upstream;
    private final int failureThreshold;
    private final long openNanos;
    private final LongSupplier nanoClock;

    private volatile State state = State.CLOSED;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private long openedAt;
    private boolean probeInFlight;

    public CircuitBreaker(String upstream, int failureThreshold, long openNanos, LongSupplier nanoClock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("helix.gateway.circuit-breaker.failure-threshold must be at least 1");
        }
        this.upstream = upstream;
        this.failureThreshold = failureThreshold;
        this.openNanos = openNanos;
        this.nanoClock = nanoClock;
    }

    public String upstream() {
        return upstream;
    }

    public State state() {
        return state;
    }

    public Permit tryAcquire() {
        if (state == State.CLOSED) {
            return Permit.NORMAL;
        }
        synchronized (this) {
            long now = nanoClock.getAsLong();
            switch (state) {
                case CLOSED:
                    return Permit.NORMAL;
                case OPEN: {
                    long openFor = now - openedAt;
                    if (openFor < openNanos) {
                        return new Permit(false, false, openNanos - openFor);
                    }
                    state = State.HALF_OPEN;
                    probeInFlight = true;
                    return Permit.PROBE;
                }
                default: // HALF_OPEN
                    if (probeInFlight) {
                        return new Permit(false, false, Math.min(openNanos, 1_000_000_000L));
                    }
                    probeInFlight = true;
                    return Permit.PROBE;
            }
        }
    }

    /** The upstream answered (with anything but 502/503/504). */
    public void onSuccess(Permit permit) {
        if (!permit.probe() && state == State.CLOSED) {
            if (consecutiveFailures.get() != 0) {
                consecutiveFailures.set(0);
            }
            return;
        }
        synchronized (this) {
            consecutiveFailures.set(0);
            if (permit.probe() || state == State.HALF_OPEN) {
                state = State.CLOSED;
                probeInFlight = false;
            }
        }
    }

    /** The upstream could not be reached, timed out, broke the exchange or answered 502/503/504. */
    public void onFailure(Permit permit) {
        synchronized (this) {
            if (permit.probe()) {
                open();
                return;
            }
            if (state == State.CLOSED && consecutiveFailures.incrementAndGet() >= failureThreshold) {
                open();
            }
        }
    }

    /** The exchange ended without telling anything about the upstream (the client left, its body was too large). */
    public void onAbandoned(Permit permit) {
        if (permit.probe()) {
            synchronized (this) {
                probeInFlight = false;
            }
        }
    }

    private void open() {
        state = State.OPEN;
        openedAt = nanoClock.getAsLong();
        probeInFlight = false;
        consecutiveFailures.set(0);
    }
}
