package org.helix.platform.messaging.outbox;

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
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.helix.platform.messaging.CloudEventHeaders;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes outbox rows to the service's topic in id order (commit order per aggregate; key = aggregate id) and marks
 * them sent. Woken right after every commit that wrote an event, and also every poll interval, so it catches up on
 * its own after a broker outage. Only one replica relays at a time (a PostgreSQL advisory lock), which keeps the
 * order when a service runs several replicas.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x48454c4958L; // "HELIX"
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    @Inject
    OutboxConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    EntityManager entityManager;

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
        while (publishBatch() == config.batchSize()) {
            // a full batch: there may be more
        }
    }

    private void relayUntilStopped() {
        Duration backoff = FIRST_BACKOFF;
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
                backoff = FIRST_BACKOFF;
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

    /** Sends one batch and marks what the broker acknowledged; returns how many rows were published. */
    private int publishBatch() {
        List<String> failures = new ArrayList<>();
        int published = QuarkusTransaction.requiringNew().call(() -> {
            Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            List<OutboxEvent> pending = OutboxEvent.<OutboxEvent>find("sentAt is null order by id")
                    .page(0, config.batchSize()).list();
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            for (OutboxEvent event : pending) {
                try {
                    Future<RecordMetadata> send = producer.send(toRecord(event));
                    // a send the client already gave up on (no broker metadata) must stop the batch: a later event of
                    // the same aggregate could otherwise get through first once the broker is back
                    if (send.isDone()) {
                        send.get();
                    }
                    sends.add(send);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.add("interrupted");
                    break;
                } catch (Exception e) {
                    failures.add(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
                    break;
                }
            }
            int acknowledged = 0;
            Instant now = Instant.now();
            for (int i = 0; i < sends.size(); i++) {
                try {
                    sends.get(i).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    pending.get(i).sentAt = now;
                    acknowledged++;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.add("interrupted");
                    break;
                } catch (Exception e) {
                    failures.add(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
                }
            }
            return acknowledged;
        });
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.get(0));
        }
        return published;
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
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000);
        producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 9000);
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
