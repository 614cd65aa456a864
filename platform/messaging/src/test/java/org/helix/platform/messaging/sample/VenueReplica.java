package org.helix.platform.messaging.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.helix.platform.messaging.replica.ReplicaUpsert;

import java.time.Clock;
import java.util.Set;

/** A replica as a service keeps one: a version-guarded upsert per event. */
@ApplicationScoped
public class VenueReplica implements EventHandler {

    static final String REGISTERED = "helix.sample.VenueRegistered";
    static final String RENAMED = "helix.sample.VenueRenamed";

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Override
    public Set<String> types() {
        return Set.of(REGISTERED, RENAMED);
    }

    @Override
    public void handle(IncomingEvent event) {
        EventData data = EventData.of(event);
        ReplicaUpsert.into("venue")
                .key("id", data.requiredUuid("venueId"))
                .set("name", data.requiredText("name"))
                .set("capacity", event.data().path("capacity").isNumber() ? event.data().get("capacity").asInt() : null)
                .set("updated_at", clock.instant())
                .version("source_version", data.requiredNonNegativeLong("version"))
                .apply(entityManager);
    }
}
