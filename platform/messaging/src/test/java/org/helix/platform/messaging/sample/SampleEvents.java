package org.helix.platform.messaging.sample;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.helix.platform.messaging.consumer.EventDispatcher;

import java.util.concurrent.CompletionStage;

/** The sample service's consumer channel: every record goes to the platform's dispatcher. */
@ApplicationScoped
public class SampleEvents {

    @Inject
    EventDispatcher dispatcher;

    @Incoming("sample-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return dispatcher.dispatch(batch);
    }
}
