package org.helix.platform.messaging.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * The idempotent consumer: applies an event's effect and records its id in one transaction, so an event delivered
 * again changes nothing. What cannot be processed is thrown back to the channel, whose dead-letter strategy moves it
 * to the dead-letter topic with the reason, and the channel goes on with the next record. A failure that may pass
 * (the database briefly away, a lock timeout) is retried a few times first; a poison event is not.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMillis(200), Duration.ofSeconds(1),
            Duration.ofSeconds(3));

    @Inject
    CloudEventReader reader;

    @Inject
    EntityManager entityManager;

    /** Applies {@code effect} once per event id; returns false when the event had been applied before. */
    public boolean process(ConsumerRecord<?, ?> record, Consumer<IncomingEvent> effect) {
        IncomingEvent event = reader.read(record);
        boolean applied = applyWithRetries(event, effect);
        if (!applied) {
            LOG.debugf("Event %s (%s) was already applied; skipped", event.id(), event.type());
        }
        return applied;
    }

    private boolean applyWithRetries(IncomingEvent event, Consumer<IncomingEvent> effect) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!firstDelivery(event)) {
                        return false;
                    }
                    effect.accept(event);
                    return true;
                });
            } catch (PoisonEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= RETRY_DELAYS.size() + 1) {
                    throw e;
                }
                LOG.warnf("Applying event %s failed (%s); retrying", event.id(), e.getMessage());
                LockSupport.parkNanos(RETRY_DELAYS.get(attempt - 1).toNanos());
            }
        }
    }

    private boolean firstDelivery(IncomingEvent event) {
        return entityManager.createNativeQuery("""
                        insert into helix_inbox (event_id, event_type, source, received_at)
                        values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, event.id()).setParameter(2, event.type()).setParameter(3, event.source())
                .setParameter(4, Instant.now())
                .executeUpdate() == 1;
    }
}
