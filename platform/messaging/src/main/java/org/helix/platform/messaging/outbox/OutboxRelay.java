package org.helix.platform.messaging.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.helix.platform.messaging.CloudEventHeaders;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes outbox rows to the service's topic in id order (commit order per aggregate; key = aggregate id) and marks
 * them sent. A row the broker refuses for good (too large, say) is parked with its reason and the relay goes on with
 * the other aggregates, never with later events of the parked one. One event per aggregate is in flight at a time. Woken right after every commit that wrote an event, and also every poll interval, so it catches up on
 * its own after a broker outage. Only one replica relays at a time (a PostgreSQL advisory lock), which keeps the
 * order when a service runs several replicas.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x48454c4958L; // "HELIX"

    @Inject
    OutboxConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry meters;

    @Inject
    Clock clock;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private ExecutorService worker;
    private KafkaProducer<String, String> producer;

    void start(@Observes StartupEvent event) {
        producer = new KafkaProducer<>(producerConfig());
        running = true;
        worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        worker.submit(this::relayUntilStopped);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        wakeUp.release();
        if (worker != null) {
            worker.shutdown();
            worker.awaitTermination(15, TimeUnit.SECONDS);
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Written written) {
        wakeUp.release();
    }

    /** Publishes everything pending now, in the caller's thread (used by tests and at shutdown). */
    public void publishPending() {
        Round round;
        do {
            round = publishBatch();
            // more may wait: a full batch, later events of an aggregate, or rows a park let through
        } while (round.fetched() == config.batchSize() || round.parked() > 0 || round.heldBack() > 0);
    }

    private void relayUntilStopped() {
        Duration backoff = config.initialBackoff();
        boolean failing = false;
        while (running) {
            try {
                wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                if (!running) {
                    return;
                }
                publishPending();
                if (failing) {
                    LOG.info("Outbox relay publishing again");
                }
                failing = false;
                backoff = config.initialBackoff();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!failing) {
                    LOG.warnf("Outbox relay cannot publish (%s); events stay in the outbox and will be retried",
                            e.getMessage());
                }
                failing = true;
                pauseUnlessWoken(backoff);
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0 ? config.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
    }

    /** What one round did: rows it looked at, rows it parked, and why it must back off, if it must. */
    private record Round(int fetched, int parked, int heldBack, String backOffBecause) {
    }

    /**
     * Sends the first pending event of each aggregate and marks what the broker acknowledged, in id order up to the
     * first failure. An aggregate's next event is handed to the producer only once the previous one is acknowledged
     * (a later round), so a refusal the broker reports late can never let a later event of that aggregate through
     * first. A record refused for good is parked; the other aggregates go on.
     */
    private Round publishBatch() {
        Round round = QuarkusTransaction.requiringNew().call(() -> {
            Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return new Round(0, 0, 0, null);
            }
            // A round only records what the broker already holds: should its commit be lost in a crash, the rows are
            // sent again in the same order (consumers are idempotent). So it need not wait for its own WAL flush,
            // which would otherwise cost a second disk flush per written event at high write rates.
            entityManager.createNativeQuery("set local synchronous_commit = off").executeUpdate();
            List<OutboxEvent> pending = pendingNotBehindAParkedEvent();
            List<OutboxEvent> heads = AggregateOrder.firstOfEach(pending, OutboxEvent::aggregateKey);
            List<OutboxEvent> sent = new ArrayList<>();
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            int parked = 0;
            String failure = null;
            for (OutboxEvent event : heads) {
                try {
                    Future<RecordMetadata> send = producer.send(toRecord(event));
                    if (send.isDone()) {
                        send.get(); // refused at once by the client: too large, or no broker metadata in time
                    }
                    sent.add(event);
                    sends.add(send);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = "interrupted";
                    break;
                } catch (ExecutionException | KafkaException e) {
                    Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                    if (!SendFailures.refusedForGood(cause)) {
                        failure = SendFailures.describe(cause);
                        break;
                    }
                    park(event, SendFailures.describe(cause));
                    parked++;
                }
            }
            Acknowledgements.Decision decision = Acknowledgements.decide(answers(sent, sends));
            Map<Long, OutboxEvent> byId = new HashMap<>();
            sent.forEach(event -> byId.put(event.id, event));
            markSent(decision.sent());
            if (decision.park().isPresent()) {
                park(byId.get(decision.park().get().id()), decision.park().get().reason());
                parked++;
            }
            return new Round(pending.size(), parked, pending.size() - heads.size(),
                    failure != null ? failure : decision.backOffBecause().orElse(null));
        });
        if (round.backOffBecause() != null) {
            throw new IllegalStateException(round.backOffBecause());
        }
        return round;
    }

    /** The broker's answers in id order, up to the first failure (nothing after it counts). */
    private List<Acknowledgements.Result> answers(List<OutboxEvent> sent, List<Future<RecordMetadata>> sends) {
        List<Acknowledgements.Result> results = new ArrayList<>();
        for (int i = 0; i < sends.size(); i++) {
            long id = sent.get(i).id;
            try {
                sends.get(i).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                results.add(Acknowledgements.Result.acknowledged(id));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.add(new Acknowledgements.Result(id, Acknowledgements.Answer.FAILED, "interrupted"));
                return results;
            } catch (ExecutionException e) {
                results.add(new Acknowledgements.Result(id, SendFailures.refusedForGood(e.getCause())
                        ? Acknowledgements.Answer.REFUSED_FOR_GOOD : Acknowledgements.Answer.FAILED,
                        SendFailures.describe(e.getCause())));
                return results;
            } catch (TimeoutException e) {
                results.add(new Acknowledgements.Result(id, Acknowledgements.Answer.FAILED,
                        "no acknowledgement within " + config.sendTimeout()));
                return results;
            }
        }
        return results;
    }

    @SuppressWarnings("unchecked")
    private List<OutboxEvent> pendingNotBehindAParkedEvent() {
        return entityManager.createNativeQuery("""
                        select o.* from helix_outbox o
                         where o.sent_at is null and o.parked_at is null
                           and not exists (select 1 from helix_outbox p
                                            where p.parked_at is not null and p.sent_at is null
                                              and p.aggregate_type = o.aggregate_type
                                              and p.aggregate_id = o.aggregate_id and p.id < o.id)
                         order by o.id
                         limit ?1""", OutboxEvent.class)
                .setParameter(1, config.batchSize()).getResultList();
    }

    /** One statement for the round's acknowledged rows, not one update per row. */
    private void markSent(List<Long> ids) {
        if (!ids.isEmpty()) {
            entityManager.createNativeQuery("update helix_outbox set sent_at = ?1 where id in (?2)")
                    .setParameter(1, clock.instant()).setParameter(2, ids).executeUpdate();
        }
    }

    private void park(OutboxEvent event, String reason) {
        event.parkedAt = clock.instant();
        event.parkReason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        meters.counter("helix.outbox.parked", "topic", config.topic(), "event_type", event.eventType).increment();
        LOG.errorf("Outbox event %s (%s of %s) refused for good by the broker and parked: %s. Later events of %s "
                        + "wait behind it; after a fix, clear its parked_at to send it again", event.eventId,
                event.eventType, event.aggregateKey(), event.parkReason, event.aggregateKey());
    }

    private ProducerRecord<String, String> toRecord(OutboxEvent event) {
        // the record's own timestamp is the broker's business (it refuses far-future ones); ce_time says when it happened
        ProducerRecord<String, String> record = new ProducerRecord<>(config.topic(), event.aggregateId,
                event.payload);
        header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(record, CloudEventHeaders.ID, event.eventId.toString());
        header(record, CloudEventHeaders.SOURCE, config.source());
        header(record, CloudEventHeaders.TYPE, config.typePrefix() + event.eventType);
        header(record, CloudEventHeaders.SUBJECT, event.aggregateType + "/" + event.aggregateId);
        header(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt));
        header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
        if (event.correlationId != null) {
            header(record, CloudEventHeaders.CORRELATION_ID, event.correlationId);
        }
        if (event.traceHeaders != null) {
            for (String line : event.traceHeaders.split("\n")) {
                int equals = line.indexOf('=');
                header(record, line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> producer = new HashMap<>();
        // the broker settings Quarkus collected from kafka.* (bootstrap servers, security), without channel keys
        kafkaConfig.forEach((key, value) -> {
            if (!key.contains("health") && !key.startsWith("devservices")) {
                producer.put(key, value);
            }
        });
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) config.maxBlock().toMillis());
        producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.requestTimeout().toMillis());
        producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.deliveryTimeout().toMillis());
        producer.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, config.maxRecordSize());
        producer.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + config.topic());
        return producer;
    }

    private void pauseUnlessWoken(Duration duration) {
        try {
            if (wakeUp.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUp.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
