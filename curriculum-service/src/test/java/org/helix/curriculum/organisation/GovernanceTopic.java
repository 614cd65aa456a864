package org.helix.curriculum.organisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.helix.platform.testing.HelixTestServers;
import org.helix.platform.testing.KafkaTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Plays governance in tests: sends binary-mode CloudEvent records to its topic, as its outbox relay would. */
final class GovernanceTopic {

    static final String TOPIC = "helix.governance.v1";
    static final String REGISTERED = "helix.governance.OrganisationRegistered";
    static final String UPDATED = "helix.governance.OrganisationUpdated";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaTestClient kafka = KafkaTestClient.forTestServers();

    /** The data of an organisation event, as governance documents it. */
    static ObjectNode organisation(UUID id, String name, String type, long version) {
        ObjectNode data = JSON.createObjectNode();
        data.put("organisationId", id.toString());
        data.put("name", name);
        data.put("type", type);
        data.putNull("region");
        data.put("contactEmail", "office@" + id + ".example.org");
        data.putNull("website");
        data.put("version", version);
        return data;
    }

    /** Sends an event with a fresh id about the organisation in {@code data}; returns the event id. */
    String send(String type, ObjectNode data) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, type, data.get("organisationId").asText(), data.toString().getBytes(StandardCharsets.UTF_8));
        return eventId;
    }

    /** Sends any value as a CloudEvent with the given id; the key (organisation id) keeps it in that partition. */
    void send(String eventId, String type, String organisationId, byte[] value) {
        kafka.send(TOPIC, organisationId, value, Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_source", "/helix/governance",
                "ce_type", type,
                "ce_subject", "Organisation/" + organisationId,
                "ce_time", Instant.now().toString(),
                "content-type", "application/json"));
    }

    /** Sends a record that is not a CloudEvent at all: no headers. */
    void sendRaw(String key, byte[] value) {
        kafka.send(TOPIC, key, value, Map.of());
    }

    /**
     * Another organisation id whose events land in the same partition as those of {@code id}, so the consumer reads
     * them after everything sent before about {@code id}: once its event shows, the earlier ones were processed.
     */
    static UUID organisationInSamePartitionAs(UUID id) {
        int partitions = partitionCount();
        int partition = partition(id, partitions);
        UUID other = UUID.randomUUID();
        while (partition(other, partitions) != partition) {
            other = UUID.randomUUID();
        }
        return other;
    }

    /** Where the producer's default partitioner puts a record with this key. */
    private static int partition(UUID key, int partitions) {
        return BuiltInPartitioner.partitionForKey(key.toString().getBytes(StandardCharsets.UTF_8), partitions);
    }

    private static int partitionCount() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                HelixTestServers.endpoints().kafkaBootstrapServers()))) {
            return admin.describeTopics(List.of(TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS).get(TOPIC)
                    .partitions().size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot describe " + TOPIC, e);
        }
    }
}
