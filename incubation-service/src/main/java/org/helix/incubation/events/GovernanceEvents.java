package org.helix.incubation.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.helix.platform.messaging.consumer.EventDispatcher;

/** Governance's events ({@code helix.governance.v1}), handed to this service's handlers by type. */
@ApplicationScoped
public class GovernanceEvents {

    @Inject
    EventDispatcher dispatcher;

    @Incoming("governance-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(record);
    }
}
