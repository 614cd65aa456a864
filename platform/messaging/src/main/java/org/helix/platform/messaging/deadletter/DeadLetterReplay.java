package org.helix.platform.messaging.deadletter;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.helix.platform.messaging.CloudEventHeaders;
import org.helix.platform.messaging.consumer.EventDispatcher;
import org.helix.platform.messaging.inbox.FailureKind;
import org.helix.platform.messaging.inbox.Inbox;
import org.helix.platform.messaging.inbox.InboxConfig;
import org.helix.platform.messaging.inbox.PoisonEventException;
import org.helix.platform.web.problem.ApiProblem;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-drives the service's dead letters after a fix: reads its dead-letter topic from the beginning to its current end
 * and passes every record through the dispatcher again. The inbox makes this idempotent (an event applied before is
 * not applied twice), so the whole topic is replayed each time and no replay position needs keeping; what still
 * cannot be applied stays on the topic and is listed with its reason.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);

    @Inject
    InboxConfig config;

    @Inject
    EventDispatcher dispatcher;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    Clock clock;

    public synchronized ReplayReport replay() {
        String topic = config.deadLetterTopic().orElseThrow(() -> ApiProblem.conflict("no-dead-letter-topic",
                "No dead-letter topic", "This service has no helix.inbox.dead-letter-topic configured"));
        int read = 0;
        int applied = 0;
        int alreadyApplied = 0;
        int skipped = 0;
        List<ReplayReport.StillPoison> stillPoison = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, config.replayTimeout()).stream()
                    .map(PartitionInfo::partition).map(p -> new TopicPartition(topic, p)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, config.replayTimeout());
            Instant deadline = clock.instant().plus(config.replayTimeout());
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (clock.instant().isAfter(deadline)) {
                    throw unavailable("could not read " + topic + " to its end within " + config.replayTimeout());
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue; // dead-lettered after the replay started: the next replay takes it
                    }
                    read++;
                    try {
                        switch (dispatcher.replay(record)) {
                            case APPLIED -> applied++;
                            case ALREADY_APPLIED -> alreadyApplied++;
                            case NOT_FOR_THIS_SERVICE -> skipped++;
                        }
                    } catch (PoisonEventException e) {
                        stillPoison.add(new ReplayReport.StillPoison(record.partition(), record.offset(),
                                header(record, CloudEventHeaders.ID), e.getMessage()));
                    } catch (RuntimeException e) {
                        if (FailureKind.of(e) == FailureKind.POISON) {
                            stillPoison.add(new ReplayReport.StillPoison(record.partition(), record.offset(),
                                    header(record, CloudEventHeaders.ID), e.getMessage()));
                        } else {
                            throw unavailable("stopped at " + topic + "-" + record.partition() + "@" + record.offset()
                                    + " by a transient failure (" + e.getMessage() + "); what was replayed so far is "
                                    + "applied, run the replay again");
                        }
                    }
                }
            }
        } catch (KafkaException e) {
            throw unavailable("cannot read " + topic + ": " + e.getMessage());
        }
        LOG.infof("Replayed %d dead letters of %s: %d applied, %d already applied, %d skipped, %d still poison",
                read, topic, applied, alreadyApplied, skipped, stillPoison.size());
        return new ReplayReport(topic, read, applied, alreadyApplied, skipped, stillPoison);
    }

    private static ApiProblem unavailable(String detail) {
        return new ApiProblem(503, "dead-letter-replay-interrupted", "Dead-letter replay interrupted",
                "The replay " + detail, List.of());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> consumer = new HashMap<>();
        // the broker settings Quarkus collected from kafka.* (bootstrap servers, security), without channel keys
        kafkaConfig.forEach((key, value) -> {
            if (!key.contains("health") && !key.startsWith("devservices")) {
                consumer.put(key, value);
            }
        });
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-replay");
        return consumer;
    }
}
