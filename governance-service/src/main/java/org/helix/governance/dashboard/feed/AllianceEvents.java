package org.helix.governance.dashboard.feed;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.helix.platform.messaging.consumer.EventDispatcher;

import java.util.concurrent.CompletionStage;

/**
 * The five services' topics (governance's own included), read by one channel and handed to the dashboard's handlers
 * by type: the dashboard is fed by every event of the alliance.
 */
@ApplicationScoped
public class AllianceEvents {

    public static final String CHANNEL = "alliance-events";

    @Inject
    EventDispatcher dispatcher;

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return dispatcher.dispatch(batch);
    }
}
