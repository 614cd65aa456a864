package org.helix.platform.web.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The table of used idempotency keys and the responses they produced (table {@code helix_idempotency_key}). */
@ApplicationScoped
public class IdempotencyKeys {

    public record StoredResponse(String requestHash, int status, String location, String body) {
    }

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "helix.idempotency.retention", defaultValue = "P1D")
    Duration retention;

    /** Claims the key for this request, or returns what an earlier request with the key produced. */
    Optional<StoredResponse> claim(String scope, String key, String requestHash) {
        int inserted = entityManager.createNativeQuery("""
                        insert into helix_idempotency_key (scope, idempotency_key, request_hash, created_at)
                        values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, Instant.now())
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select request_hash, status, location, body from helix_idempotency_key
                        where scope = ?1 and idempotency_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        return Optional.of(new StoredResponse((String) row[0], ((Number) row[1]).intValue(), (String) row[2],
                (String) row[3]));
    }

    void complete(String scope, String key, int status, String location, String body) {
        entityManager.createNativeQuery("""
                        update helix_idempotency_key set status = ?3, location = ?4, body = ?5
                        where scope = ?1 and idempotency_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, status)
                .setParameter(4, location).setParameter(5, body)
                .executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetOldKeys() {
        entityManager.createNativeQuery("delete from helix_idempotency_key where created_at < ?1")
                .setParameter(1, Instant.now().minus(retention)).executeUpdate();
    }
}
