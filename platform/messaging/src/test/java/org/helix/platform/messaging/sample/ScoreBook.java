package org.helix.platform.messaging.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;

import java.util.Set;

/**
 * Books one score row per applied event, so a test can count effects. Scores above the maximum are refused as
 * poison; a test raising it ({@link #allowUpTo}) plays "the fix" before a dead-letter replay.
 */
@ApplicationScoped
public class ScoreBook implements EventHandler {

    static final String RECORDED = "helix.sample.ScoreRecorded";

    @Inject
    EntityManager entityManager;

    static final int DEFAULT_MAXIMUM = 100;

    private volatile int maximum = DEFAULT_MAXIMUM;

    /** A method, not a field: a test holds a client proxy, whose fields are not the bean's. */
    public void allowUpTo(int points) {
        maximum = points;
    }

    @Override
    public Set<String> types() {
        return Set.of(RECORDED);
    }

    @Override
    public void handle(IncomingEvent event) {
        EventData data = EventData.of(event);
        long points = data.requiredNonNegativeLong("points");
        if (points > maximum) {
            throw data.poison("points " + points + " above the maximum " + maximum);
        }
        entityManager.createNativeQuery("insert into score (event_id, venue_id, points) values (?1, ?2, ?3)")
                .setParameter(1, event.id()).setParameter(2, data.requiredUuid("venueId"))
                .setParameter(3, (int) points).executeUpdate();
    }
}
