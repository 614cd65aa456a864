package org.helix.platform.messaging.correlation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helix.platform.web.audit.AuditTrail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * This service's part of a chain of work, read from its audit trail, outbox and inbox by correlation id. Outbox and
 * inbox rows are pruned after their retention ({@code helix.retention.*}); audit rows stay.
 */
@ApplicationScoped
public class CorrelationChain {

    /** Per kind of record; a chain is a handful of records, so more means a runaway loop worth a look, not a page. */
    static final int LIMIT = 500;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail audit;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @Transactional
    public ChainView of(String correlationId) {
        return new ChainView(service, correlationId, audit.ofCorrelation(correlationId, LIMIT),
                links("""
                        select cast(event_id as varchar) as id, event_type as type,
                               aggregate_type || '/' || aggregate_id as about, occurred_at as at
                        from helix_outbox where correlation_id = ?1 order by id""", correlationId),
                links("""
                        select event_id as id, event_type as type, source as about, received_at as at
                        from helix_inbox where correlation_id = ?1 order by received_at, event_id""", correlationId));
    }

    private List<ChainLink> links(String sql, String correlationId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery(sql, Tuple.class).setParameter(1, correlationId)
                .setMaxResults(LIMIT).getResultList();
        return rows.stream().map(row -> new ChainLink(row.get("id", String.class), row.get("type", String.class),
                row.get("about", String.class), instant(row.get("at")))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("not a time: " + value);
    }
}
