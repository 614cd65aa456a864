package org.helix.talent.events;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.helix.platform.messaging.consumer.EventDispatcher;

import java.util.concurrent.CompletionStage;

/** Curriculum's events ({@code helix.curriculum.v1}), handed to this service's handlers by type. */
@ApplicationScoped
public class CurriculumEvents {

    @Inject
    EventDispatcher dispatcher;

    @Incoming("curriculum-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return dispatcher.dispatch(batch);
    }
}
