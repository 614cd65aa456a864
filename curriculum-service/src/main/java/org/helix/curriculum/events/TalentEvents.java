package org.helix.curriculum.events;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.helix.platform.messaging.consumer.EventDispatcher;

import java.util.concurrent.CompletionStage;

/** Talent's events ({@code helix.talent.v1}): profiles, appointments, published evaluations. */
@ApplicationScoped
public class TalentEvents {

    @Inject
    EventDispatcher dispatcher;

    @Incoming("talent-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return dispatcher.dispatch(batch);
    }
}
