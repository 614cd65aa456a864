package org.helix.platform.messaging.history;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Reads topics from their beginning to the end they had when the reading started, one poll at a time, with a consumer
 * of its own (no group, nothing committed): for re-driving dead letters and rebuilding a read model. Records written
 * after the start are left to the live consumers.
 */
public final class TopicHistory {

    private final Map<String, Object> consumerConfig;
    private final Clock clock;

    /**
     * @param brokerConfig the broker settings Quarkus collected from {@code kafka.*} (the bean
     *                     {@code @Identifier("default-kafka-broker")}); channel and health keys are left out
     * @param clientId     names the reader in the broker's logs
     */
    public TopicHistory(Map<String, Object> brokerConfig, String clientId, Clock clock) {
        Map<String, Object> config = new HashMap<>();
        brokerConfig.forEach((key, value) -> {
            if (!key.contains("health") && !key.startsWith("devservices")) {
                config.put(key, value);
            }
        });
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        this.consumerConfig = config;
        this.clock = clock;
    }

    /**
     * Hands every record of the topics, from their beginning up to their end at the start, to {@code eachPoll} in the
     * order a poll brings them (in order per partition). A topic that does not exist yet has nothing to read.
     *
     * @throws TimeoutException when the end is not reached within {@code timeout}; what was handed over stays handed
     *                          over
     */
    public void read(List<String> topics, Duration timeout, Consumer<List<ConsumerRecord<String, String>>> eachPoll)
            throws TimeoutException {
        Instant deadline = clock.instant().plus(timeout);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (clock.instant().isAfter(deadline)) {
                    throw new TimeoutException("could not read " + topics + " to their end within " + timeout);
                }
                List<ConsumerRecord<String, String>> poll = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        poll.add(record);
                    }
                }
                if (!poll.isEmpty()) {
                    eachPoll.accept(poll);
                }
            }
        }
    }
}
