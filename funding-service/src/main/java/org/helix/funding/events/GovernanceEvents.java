package org.helix.funding.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.helix.platform.messaging.consumer.EventDispatcher;

import java.util.concurrent.CompletionStage;

/** Governance's events ({@code helix.governance.v1}), handed to this service's handlers by type. */
@ApplicationScoped
public class GovernanceEvents {

    @Inject
    EventDispatcher dispatcher;

    @Incoming("governance-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return dispatcher.dispatch(batch);
    }
}
