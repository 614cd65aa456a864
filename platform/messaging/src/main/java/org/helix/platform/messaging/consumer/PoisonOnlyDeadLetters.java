package org.helix.platform.messaging.consumer;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.quarkus.arc.Unremovable;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.helix.platform.messaging.inbox.FailureKind;

import java.util.function.BiConsumer;

/**
 * The failure strategy of every Helix consumer channel ({@code failure-strategy=helix-poison-to-dead-letter}):
 * poison goes to the channel's dead-letter topic ({@code dead-letter-queue.topic}), anything else stops the channel
 * without acknowledging the record ({@code fail}). The inbox retries transient failures itself, so the only other
 * thing that reaches here is a consumer stopping mid-retry: that record must be read again after the restart, never
 * filed as a dead letter.
 */
@ApplicationScoped
@Unremovable
@Identifier(PoisonOnlyDeadLetters.NAME)
public class PoisonOnlyDeadLetters implements KafkaFailureHandler.Factory {

    public static final String NAME = "helix-poison-to-dead-letter";

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
    KafkaFailureHandler.Factory deadLetterQueue;

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.FAIL)
    KafkaFailureHandler.Factory fail;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler deadLetters = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        KafkaFailureHandler stop = fail.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return FailureKind.of(reason) == FailureKind.POISON ? deadLetters.handle(record, reason, metadata)
                        : stop.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                deadLetters.terminate();
                stop.terminate();
            }
        };
    }
}
