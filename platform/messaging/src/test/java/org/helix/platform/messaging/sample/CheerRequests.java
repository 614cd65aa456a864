package org.helix.platform.messaging.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;

import java.util.Set;

/** Applies another service's request for a cheer: the change it causes belongs to that event's chain. */
@ApplicationScoped
public class CheerRequests implements EventHandler {

    static final String REQUESTED = "helix.sample.CheerRequested";

    @Inject
    Cheers cheers;

    @Override
    public Set<String> types() {
        return Set.of(REQUESTED);
    }

    @Override
    public void handle(IncomingEvent event) {
        EventData data = EventData.of(event);
        cheers.raise(data.requiredUuid("venueId"), data.requiredText("chant"));
    }
}
