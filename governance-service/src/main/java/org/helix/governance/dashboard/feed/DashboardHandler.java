package org.helix.governance.dashboard.feed;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A handler of the dashboard's feed: counts every event it is given (per type and day) and applies the ones its
 * figures need to the read model. Runs in the inbox's transaction, once per event id.
 */
public abstract class DashboardHandler implements EventHandler {

    @Inject
    protected EntityManager entityManager;

    @Inject
    Clock clock;

    /** The event types this handler takes, without their producer prefix. */
    protected abstract String service();

    protected abstract Set<String> shortTypes();

    /** Applies the event to the read model; counting is done already. Nothing to do for a type that is only counted. */
    protected abstract void apply(String shortType, EventData data, Instant asOf);

    @Override
    public final Set<String> types() {
        return shortTypes().stream().map(type -> "helix." + service() + "." + type).collect(Collectors.toSet());
    }

    @Override
    public final void handle(IncomingEvent event) {
        Instant asOf = event.time() != null ? event.time() : clock.instant();
        entityManager.createNativeQuery("""
                insert into dashboard_event_count (event_type, day, events) values (:type, :day, 1)
                on conflict (event_type, day) do update set events = dashboard_event_count.events + 1""")
                .setParameter("type", event.type())
                .setParameter("day", asOf.atZone(ZoneOffset.UTC).toLocalDate())
                .executeUpdate();
        apply(event.shortType(), EventData.of(event), asOf);
    }
}
