package org.helix.funding.events;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.helix.platform.messaging.consumer.EventDispatcher;

import java.util.concurrent.CompletionStage;

/** Incubation's events ({@code helix.incubation.v1}): projects and milestones, handed to this service's handlers. */
@ApplicationScoped
public class IncubationEvents {

    @Inject
    EventDispatcher dispatcher;

    @Incoming("incubation-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return dispatcher.dispatch(batch);
    }
}
