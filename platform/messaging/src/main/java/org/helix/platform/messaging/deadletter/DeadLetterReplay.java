package org.helix.platform.messaging.deadletter;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Header;
import org.helix.platform.messaging.CloudEventHeaders;
import org.helix.platform.messaging.consumer.EventDispatcher;
import org.helix.platform.messaging.history.TopicHistory;
import org.helix.platform.messaging.inbox.FailureKind;
import org.helix.platform.messaging.inbox.InboxConfig;
import org.helix.platform.messaging.inbox.PoisonEventException;
import org.helix.platform.web.problem.ApiProblem;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

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
        int[] counts = new int[4]; // read, applied, already applied, skipped
        List<ReplayReport.StillPoison> stillPoison = new ArrayList<>();
        try {
            new TopicHistory(kafkaConfig, "dead-letter-replay", clock).read(List.of(topic), config.replayTimeout(),
                    poll -> poll.forEach(record -> {
                        counts[0]++;
                        replayOne(topic, record, counts, stillPoison);
                    }));
        } catch (TimeoutException e) {
            throw unavailable(e.getMessage());
        } catch (KafkaException e) {
            throw unavailable("cannot read " + topic + ": " + e.getMessage());
        }
        LOG.infof("Replayed %d dead letters of %s: %d applied, %d already applied, %d skipped, %d still poison",
                counts[0], topic, counts[1], counts[2], counts[3], stillPoison.size());
        return new ReplayReport(topic, counts[0], counts[1], counts[2], counts[3], stillPoison);
    }

    private void replayOne(String topic, ConsumerRecord<String, String> record, int[] counts,
            List<ReplayReport.StillPoison> stillPoison) {
        try {
            switch (dispatcher.replay(record)) {
                case APPLIED -> counts[1]++;
                case ALREADY_APPLIED -> counts[2]++;
                case NOT_FOR_THIS_SERVICE -> counts[3]++;
            }
        } catch (PoisonEventException e) {
            stillPoison.add(new ReplayReport.StillPoison(record.partition(), record.offset(),
                    header(record, CloudEventHeaders.ID), e.getMessage()));
        } catch (RuntimeException e) {
            if (FailureKind.of(e) != FailureKind.POISON) {
                throw unavailable("stopped at " + topic + "-" + record.partition() + "@" + record.offset()
                        + " by a transient failure (" + e.getMessage() + "); what was replayed so far is "
                        + "applied, run the replay again");
            }
            stillPoison.add(new ReplayReport.StillPoison(record.partition(), record.offset(),
                    header(record, CloudEventHeaders.ID), e.getMessage()));
        }
    }

    private static ApiProblem unavailable(String detail) {
        return new ApiProblem(503, "dead-letter-replay-interrupted", "Dead-letter replay interrupted",
                "The replay " + detail, List.of());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
