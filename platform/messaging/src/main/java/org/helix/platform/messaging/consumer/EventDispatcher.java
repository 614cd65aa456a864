package org.helix.platform.messaging.consumer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.messaging.inbox.CloudEventReader;
import org.helix.platform.messaging.inbox.Inbox;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Where a service's Kafka channel hands its records: each CloudEvent goes by type to its {@link EventHandler}, through
 * the idempotent {@link Inbox}. A type no handler takes is acknowledged and skipped (producers publish more than any
 * one consumer needs). What is not a readable CloudEvent is poison and thrown, for the dead-letter topic.
 * <pre>
 * &#64;Incoming("governance-events") &#64;Blocking
 * void consume(ConsumerRecord&lt;String, String&gt; record) { dispatcher.dispatch(record); }
 * </pre>
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);

    @Inject
    @Any
    Instance<EventHandler> handlerBeans;

    @Inject
    CloudEventReader reader;

    @Inject
    Inbox inbox;

    private EventHandlers handlers;

    @PostConstruct
    void collectHandlers() {
        handlers = new EventHandlers(handlerBeans);
    }

    /**
     * Applies the record's event once. A transient failure (database down, timeouts) is retried with backoff until it
     * passes, holding the channel (and reporting not ready) meanwhile; poison is thrown.
     */
    public Inbox.Outcome dispatch(ConsumerRecord<?, ?> record) {
        return handle(record, false);
    }

    /** The same for a dead letter being replayed: one attempt, a transient failure is thrown to the caller. */
    public Inbox.Outcome replay(ConsumerRecord<?, ?> record) {
        return handle(record, true);
    }

    private Inbox.Outcome handle(ConsumerRecord<?, ?> record, boolean once) {
        String type = reader.type(record);
        Optional<EventHandler> handler = handlers.forType(type);
        if (handler.isEmpty()) {
            LOG.debugf("Event type %s is not for this service; skipped (%s-%d@%d)", type, record.topic(),
                    record.partition(), record.offset());
            return Inbox.Outcome.NOT_FOR_THIS_SERVICE;
        }
        IncomingEvent event = reader.read(record);
        return once ? inbox.applyOnce(event, handler.get()) : inbox.apply(event, handler.get());
    }
}
