package org.helix.platform.messaging.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.helix.platform.messaging.inbox.InboxConfig;
import org.helix.platform.messaging.outbox.OutboxConfig;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the outbox and inbox tables small: sent outbox rows older than {@code helix.outbox.retention} and inbox ids
 * older than {@code helix.inbox.retention} (both 7 days by default) are deleted, every
 * {@code helix.messaging.prune-every} (1 h). Unsent and parked outbox rows are never pruned. An event redelivered
 * after its id was pruned is applied again, which version-guarded effects (replicas) shrug off; keep the inbox
 * retention above the longest redelivery you expect (consumer lag, dead-letter replays).
 */
@ApplicationScoped
public class MessagingRetention {

    private static final Logger LOG = Logger.getLogger(MessagingRetention.class);

    /** How many rows one prune deleted. */
    public record Pruned(int outboxRows, int inboxIds) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxConfig outbox;

    @Inject
    InboxConfig inbox;

    @Inject
    Clock clock;

    @Scheduled(every = "${helix.messaging.prune-every:1h}", delay = 1, delayUnit = TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "helix-messaging-prune")
    void scheduled() {
        prune();
    }

    public Pruned prune() {
        Instant now = clock.instant();
        Pruned pruned = QuarkusTransaction.requiringNew().call(() -> new Pruned(
                entityManager.createNativeQuery("delete from helix_outbox where sent_at < ?1")
                        .setParameter(1, now.minus(outbox.retention())).executeUpdate(),
                entityManager.createNativeQuery("delete from helix_inbox where received_at < ?1")
                        .setParameter(1, now.minus(inbox.retention())).executeUpdate()));
        if (pruned.outboxRows() + pruned.inboxIds() > 0) {
            LOG.infof("Pruned %d sent outbox rows and %d inbox ids", pruned.outboxRows(), pruned.inboxIds());
        }
        return pruned;
    }
}
