package org.helix.platform.messaging.sample;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.helix.platform.messaging.consumer.EventDispatcher;

/** The sample service's consumer channel: every record goes to the platform's dispatcher. */
@ApplicationScoped
public class SampleEvents {

    @Inject
    EventDispatcher dispatcher;

    @Incoming("sample-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(record);
    }
}
