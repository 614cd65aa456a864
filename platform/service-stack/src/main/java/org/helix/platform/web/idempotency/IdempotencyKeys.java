package org.helix.platform.web.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The table of used idempotency keys and the responses they produced (table {@code helix_idempotency_key}). Every
 * method runs in the caller's transaction: the key, the effect and the stored response commit together.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** The outcome of claiming a key. */
    public sealed interface Claim {
        /** The key is this request's: run it and {@link #complete} the key. */
        record Granted() implements Claim {
        }

        /** An earlier request with the key completed: answer with its response (or a 422 if it differed). */
        record Completed(StoredResponse response) implements Claim {
        }

        /** Another request with the key is running right now. */
        record InFlight() implements Claim {
        }
    }

    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration retention;

    public IdempotencyKeys(EntityManager entityManager, Clock clock,
            @ConfigProperty(name = "helix.idempotency.retention", defaultValue = "PT24H") Duration retention) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * Claims the key for this request. A transaction-scoped advisory lock on the key makes a second request with the
     * same key fail fast ({@link Claim.InFlight}) instead of waiting on the first one's row; a key older than the
     * retention is taken over as if it were new.
     */
    public Claim claim(String scope, String key, String requestHash) {
        boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, lockId(scope, key)).getSingleResult();
        if (!locked) {
            return new Claim.InFlight();
        }
        Instant now = clock.instant();
        int claimed = entityManager.createNativeQuery("""
                        insert into helix_idempotency_key (scope, idempotency_key, request_hash, created_at)
                        values (?1, ?2, ?3, ?4)
                        on conflict (scope, idempotency_key) do update
                            set request_hash = excluded.request_hash, status = 0, location = null, etag = null,
                                body = null, created_at = excluded.created_at
                            where helix_idempotency_key.created_at < ?5""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, now).setParameter(5, expiredBefore(now, retention))
                .executeUpdate();
        if (claimed == 1) {
            return new Claim.Granted();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select request_hash, status, location, etag, body from helix_idempotency_key
                        where scope = ?1 and idempotency_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        return new Claim.Completed(new StoredResponse((String) row[0], ((Number) row[1]).intValue(),
                (String) row[2], (String) row[3], (String) row[4]));
    }

    /** Stores the response of the request that claimed the key. */
    public void complete(String scope, String key, int status, String location, String etag, String body) {
        entityManager.createNativeQuery("""
                        update helix_idempotency_key set status = ?3, location = ?4, etag = ?5, body = ?6
                        where scope = ?1 and idempotency_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, status)
                .setParameter(4, location).setParameter(5, etag).setParameter(6, body)
                .executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetExpiredKeysHourly() {
        forgetExpiredKeys();
    }

    /** Deletes the keys older than the retention; returns how many. */
    @Transactional
    public int forgetExpiredKeys() {
        return entityManager.createNativeQuery("delete from helix_idempotency_key where created_at < ?1")
                .setParameter(1, expiredBefore(clock.instant(), retention)).executeUpdate();
    }

    public Duration retention() {
        return retention;
    }

    /** Keys created before this instant are expired: a request may reuse them as new. */
    public static Instant expiredBefore(Instant now, Duration retention) {
        return now.minus(retention);
    }

    /** The advisory lock a request holds while it runs with a key (64 bits of the SHA-256 of scope and key). */
    public static long lockId(String scope, String key) {
        byte[] digest = HexFormat.of().parseHex(IdempotencyScope.sha256(scope + "\n" + key));
        return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    }
}
