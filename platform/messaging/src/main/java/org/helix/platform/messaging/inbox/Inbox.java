package org.helix.platform.messaging.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.helix.platform.messaging.consumer.ConsumerReadiness;
import org.helix.platform.messaging.consumer.ConsumerStalls;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.web.observability.Correlation;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The idempotent consumer: applies an event's effect and records its id in one transaction, so an event delivered
 * again changes nothing. Poison is thrown back to the channel (its failure strategy files it as a dead letter with
 * the reason). Any other failure is transient: the event is retried with backoff until it passes, holding its
 * channel and reporting not ready meanwhile ({@link ConsumerReadiness}), so nothing after it is applied out of order
 * and nothing of the outage's window is lost.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    public enum Outcome {
        /** Its effect is now in the database. */
        APPLIED,
        /** Its id had been recorded before: a redelivery, nothing done. */
        ALREADY_APPLIED,
        /** No handler of this service takes its type: skipped. */
        NOT_FOR_THIS_SERVICE
    }

    /** Thrown when the application stops while an event waits for a transient failure to pass. */
    public static class ConsumerStopping extends RuntimeException {
        ConsumerStopping(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    InboxConfig config;

    @Inject
    ConsumerStalls stalls;

    @Inject
    MeterRegistry meters;

    @Inject
    Clock clock;

    private final CountDownLatch stopping = new CountDownLatch(1);

    void stop(@Observes ShutdownEvent event) {
        stopping.countDown();
    }

    /** An event and the handler that applies it. */
    public record Delivery(IncomingEvent event, EventHandler handler) {
    }

    /** Applies the event once, retrying transient failures until they pass; poison is thrown. */
    public Outcome apply(IncomingEvent event, EventHandler handler) {
        return untilNotTransient(event, "", () -> applyOnce(event, handler));
    }

    /**
     * Applies the events in order in one transaction (one commit for all of them), each at most once, retrying
     * transient failures until they pass. If any of them is poison the whole transaction is rolled back and the
     * poison thrown: the caller then applies them one by one to tell the poison from the good ones.
     */
    public List<Outcome> applyAll(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        IncomingEvent first = deliveries.get(0).event();
        return untilNotTransient(first, deliveries.size() == 1 ? "" : " and " + (deliveries.size() - 1) + " after it",
                () -> applyAllOnce(deliveries));
    }

    /** One attempt: the effect and the id in one transaction. A transient failure is thrown to the caller. */
    public Outcome applyOnce(IncomingEvent event, EventHandler handler) {
        return applyAllOnce(List.of(new Delivery(event, handler))).get(0);
    }

    private <T> T untilNotTransient(IncomingEvent event, String andOthers, Supplier<T> attempt) {
        Backoff backoff = new Backoff(config.retry().initialDelay(), config.retry().maxDelay());
        String channel = event.topic();
        for (int tried = 1; ; tried++) {
            try {
                T outcome = attempt.get();
                if (tried > 1) {
                    stalls.recovered(channel);
                    LOG.infof("Event %s (%s)%s applied after %d attempts; consuming again", event.id(), event.type(),
                            andOthers, tried);
                }
                return outcome;
            } catch (PoisonEventException e) {
                stalls.recovered(channel);
                throw e;
            } catch (RuntimeException e) {
                Duration delay = backoff.delayAfter(tried);
                String reason = describe(e);
                stalls.stalled(channel, new ConsumerStalls.Stall(event.id(), event.type(),
                        tried == 1 ? clock.instant() : stalledSince(channel), tried, reason));
                meters.counter("helix.inbox.retries", "topic", String.valueOf(channel)).increment();
                LOG.warnf("Applying event %s (%s)%s failed transiently (attempt %d: %s); retrying in %d ms, the "
                        + "channel waits", event.id(), event.type(), andOthers, tried, reason, delay.toMillis());
                if (pauseOrStop(delay)) {
                    throw new ConsumerStopping("Stopping while event " + event.id() + " waits: it will be read "
                            + "again after the restart", e);
                }
            }
        }
    }

    private List<Outcome> applyAllOnce(List<Delivery> deliveries) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<Outcome> outcomes = new ArrayList<>(deliveries.size());
                for (Delivery delivery : deliveries) {
                    IncomingEvent event = delivery.event();
                    // a duplicate within the same transaction finds the id inserted a moment before: applied once
                    if (!firstDelivery(event)) {
                        LOG.debugf("Event %s (%s) was already applied; skipped", event.id(), event.type());
                        outcomes.add(Outcome.ALREADY_APPLIED);
                    } else {
                        applyInItsChain(delivery);
                        outcomes.add(Outcome.APPLIED);
                    }
                }
                return outcomes;
            });
        } catch (PoisonEventException e) {
            throw e;
        } catch (RuntimeException e) {
            if (FailureKind.of(e) == FailureKind.POISON) {
                IncomingEvent event = deliveries.get(0).event();
                String which = deliveries.size() == 1 ? "event " + event.id() + " (" + event.type() + ")"
                        : "one of " + deliveries.size() + " events from " + event.id();
                throw new PoisonEventException(which + ": the database refused its data: " + describe(e), e);
            }
            throw e;
        }
    }

    /**
     * The handler works under the event's correlation id and trace context, so the audit rows and events it causes
     * belong to the same chain as the request that started it.
     */
    private static void applyInItsChain(Delivery delivery) {
        IncomingEvent event = delivery.event();
        Context trace = W3CTraceContextPropagator.getInstance().extract(Context.current(), event.traceContext(),
                TRACE_HEADERS);
        try (Scope ignored = trace.makeCurrent()) {
            Correlation.within(event.chain(), () -> {
                delivery.handler().handle(event);
                return null;
            });
        }
    }

    private static final TextMapGetter<Map<String, String>> TRACE_HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> headers) {
            return headers.keySet();
        }

        @Override
        public String get(Map<String, String> headers, String name) {
            return headers == null ? null : headers.get(name);
        }
    };

    private Instant stalledSince(String channel) {
        return stalls.of(channel).map(ConsumerStalls.Stall::since).orElse(clock.instant());
    }

    private boolean firstDelivery(IncomingEvent event) {
        return entityManager.createNativeQuery("""
                        insert into helix_inbox (event_id, event_type, source, received_at, correlation_id)
                        values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, event.id()).setParameter(2, event.type()).setParameter(3, event.source())
                .setParameter(4, clock.instant()).setParameter(5, event.chain())
                .executeUpdate() == 1;
    }

    /** Waits out the delay; true if the application is stopping meanwhile. */
    private boolean pauseOrStop(Duration delay) {
        try {
            return stopping.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** The innermost message: "Connection refused", not five layers of wrapping. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }
}
