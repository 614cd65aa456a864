package org.helix.platform.messaging.consumer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.messaging.inbox.CloudEventReader;
import org.helix.platform.messaging.inbox.Inbox;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.helix.platform.messaging.inbox.PoisonEventException;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Where a service's Kafka channel hands its records: each CloudEvent goes by type to its {@link EventHandler}, through
 * the idempotent {@link Inbox}. A type no handler takes is acknowledged and skipped (producers publish more than any
 * one consumer needs). What is not a readable CloudEvent is poison, for the dead-letter topic.
 * <p>
 * A channel in batch mode ({@code batch=true}) hands over what one poll brought, applied in one transaction:
 * <pre>
 * &#64;Incoming("governance-events") &#64;Blocking
 * CompletionStage&lt;Void&gt; consume(KafkaRecordBatch&lt;String, String&gt; batch) { return dispatcher.dispatch(batch); }
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

    /** A record of a batch that is poison: its index in the batch and why. */
    public record Rejected(int index, PoisonEventException reason) {
    }

    /**
     * Applies a poll's records, then acknowledges them. Poison is filed on the dead-letter topic through the
     * channel's failure strategy (each poison record nacked alone, and that done before the batch is acknowledged);
     * the others are applied. If the application stops while a transient failure holds the batch, the whole batch is
     * nacked, so the channel stops without committing its offsets and reads it again after the restart.
     */
    public CompletionStage<Void> dispatch(KafkaRecordBatch<?, ?> batch) {
        List<? extends KafkaRecord<?, ?>> records = batch.getRecords();
        try {
            List<Rejected> rejected = dispatchAll(records.stream().map(EventDispatcher::consumerRecord).toList());
            for (Rejected poison : rejected) {
                records.get(poison.index()).nack(poison.reason()).toCompletableFuture().join();
            }
        } catch (Inbox.ConsumerStopping e) {
            return batch.nack(e);
        }
        return batch.ack();
    }

    /**
     * Applies the records' events in order in one transaction, each once; returns the poison ones, which are not
     * applied. Poison found only while applying (a required field missing, data the database refuses) rolls that
     * transaction back, and the records are applied one by one instead, so the good ones of the batch are applied
     * and only the poison is returned. Transient failures are retried until they pass, as for a single record.
     */
    public List<Rejected> dispatchAll(List<? extends ConsumerRecord<?, ?>> records) {
        List<Rejected> rejected = new ArrayList<>();
        List<Inbox.Delivery> deliveries = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<?, ?> record = records.get(i);
            try {
                Optional<EventHandler> handler = handlerOf(record);
                if (handler.isPresent()) {
                    deliveries.add(new Inbox.Delivery(reader.read(record), handler.get()));
                    indexes.add(i);
                }
            } catch (PoisonEventException e) {
                rejected.add(new Rejected(i, e));
            }
        }
        try {
            inbox.applyAll(deliveries);
        } catch (PoisonEventException e) {
            LOG.debugf("A batch of %d events holds poison (%s); applying them one by one", deliveries.size(),
                    e.getMessage());
            for (int d = 0; d < deliveries.size(); d++) {
                try {
                    inbox.apply(deliveries.get(d).event(), deliveries.get(d).handler());
                } catch (PoisonEventException poison) {
                    rejected.add(new Rejected(indexes.get(d), poison));
                }
            }
            rejected.sort(Comparator.comparingInt(Rejected::index));
        }
        return rejected;
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
        Optional<EventHandler> handler = handlerOf(record);
        if (handler.isEmpty()) {
            return Inbox.Outcome.NOT_FOR_THIS_SERVICE;
        }
        IncomingEvent event = reader.read(record);
        return once ? inbox.applyOnce(event, handler.get()) : inbox.apply(event, handler.get());
    }

    /** The handler of the record's type; none (and a debug line) for a type not for this service. */
    private Optional<EventHandler> handlerOf(ConsumerRecord<?, ?> record) {
        String type = reader.type(record);
        Optional<EventHandler> handler = handlers.forType(type);
        if (handler.isEmpty()) {
            LOG.debugf("Event type %s is not for this service; skipped (%s-%d@%d)", type, record.topic(),
                    record.partition(), record.offset());
        }
        return handler;
    }

    private static ConsumerRecord<?, ?> consumerRecord(KafkaRecord<?, ?> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getRecord)
                .orElseThrow(() -> new IllegalStateException("not a record read from Kafka: " + record));
    }
}
