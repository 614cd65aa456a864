package org.helix.talent.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.helix.platform.messaging.outbox.Outbox;

import java.util.function.Supplier;

/**
 * The one step that ends every write of talent exchange, in the same order everywhere: flush (the database checks its
 * constraints and versions, and versions go up), then the audit record of the state after, then the events through
 * the outbox — all in the caller's transaction, so the change, its record and its events commit or roll back together.
 */
@ApplicationScoped
public class Changes {

    /** An event the change publishes: its aggregate (the Kafka key), its type and its data, read after the flush. */
    public record Event(String aggregateType, Object aggregateId, String type, Supplier<?> data) {

        public static Event of(String aggregateType, Object aggregateId, String type, Supplier<?> data) {
            return new Event(aggregateType, aggregateId, type, data);
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    /**
     * Ends a write of {@code resourceType} {@code resourceId}. {@code after} is read once the flush is done, so it
     * shows the new version; it is what the write returns.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <V> V record(String resourceType, Object resourceId, String action, Object before, Supplier<V> after,
            Event... events) {
        entityManager.flush();
        V state = after.get();
        audit.record(resourceType, resourceId, action, before, state);
        for (Event event : events) {
            outbox.record(event.aggregateType(), event.aggregateId(), event.type(), event.data().get());
        }
        return state;
    }
}
