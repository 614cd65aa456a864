package org.helix.platform.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Plays a producing service in a consumer's tests: sends binary-mode CloudEvent records to its topic, as that
 * service's outbox relay would, and raw records that are no CloudEvent at all.
 */
public final class CloudEventTopic {

    private final String topic;
    private final String source;
    private KafkaTestClient kafka;

    public CloudEventTopic(String topic, String source) {
        this.topic = topic;
        this.source = source;
    }

    public String topic() {
        return topic;
    }

    /** Sends {@code data} (any bytes, valid or not) as event {@code eventId} of {@code type}, keyed by {@code key}. */
    public void send(String eventId, String type, String subject, String key, byte[] data) {
        send(eventId, type, subject, key, data, Instant.now());
    }

    /** The same, for an event that happened at {@code time} ({@code ce_time}), e.g. to send events out of order. */
    public void send(String eventId, String type, String subject, String key, byte[] data, Instant time) {
        send(eventId, type, subject, key, data, time, Map.of());
    }

    /** The same with more headers: extension attributes ({@code ce_correlationid}) or a W3C {@code traceparent}. */
    public void send(String eventId, String type, String subject, String key, byte[] data, Instant time,
            Map<String, String> moreHeaders) {
        Map<String, String> headers = new java.util.LinkedHashMap<>(Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_source", source,
                "ce_type", type,
                "ce_subject", subject,
                "ce_time", time.toString(),
                "content-type", "application/json"));
        headers.putAll(moreHeaders);
        kafka().send(topic, key, data, headers);
    }

    /** Sends {@code data} as a new event of {@code type} (e.g. a {@link ContractFixture}'s bytes); returns its id. */
    public String send(String type, String subject, String key, byte[] data) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, type, subject, key, data);
        return eventId;
    }

    /** Sends a record without any CloudEvent header. */
    public void sendRaw(String key, byte[] value) {
        kafka().send(topic, key, value, Map.of());
    }

    /**
     * Another key whose records land in the same partition as those keyed {@code key}: the consumer reads it after
     * everything sent before with {@code key}, so once its effect shows, the earlier records were processed.
     */
    public String keyInSamePartitionAs(String key) {
        int partitions = partitionCount();
        int partition = partition(key, partitions);
        String other = UUID.randomUUID().toString();
        while (partition(other, partitions) != partition) {
            other = UUID.randomUUID().toString();
        }
        return other;
    }

    /**
     * Found on first use, not when this is made (often a static field): by then the application under test runs, on
     * the shared broker or a private one. Found once: finding it asks the shared servers whether they answer.
     */
    private synchronized KafkaTestClient kafka() {
        if (kafka == null) {
            kafka = KafkaTestClient.forTestServers();
        }
        return kafka;
    }

    /** Where the producer's default partitioner puts a record with this key. */
    private static int partition(String key, int partitions) {
        return BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8), partitions);
    }

    private int partitionCount() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka().bootstrapServers()))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic)
                    .partitions().size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot describe " + topic, e);
        }
    }
}
