package org.helix.platform.messaging.history;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.platform.messaging.consumer.EventDispatcher;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Passes the whole history of topics through the dispatcher again, a poll per transaction, as the live consumer would:
 * what the inbox knows is skipped, the rest applied once; poison is skipped (the live consumer dead-lettered it
 * already). A read model rebuilds itself with it after clearing its tables and its inbox entries.
 */
@ApplicationScoped
public class HistoryReplay {

    private static final Logger LOG = Logger.getLogger(HistoryReplay.class);

    /** What a replay read, and how many of those records were poison and skipped. */
    public record Result(List<String> topics, long records, long poison) {
    }

    @Inject
    EventDispatcher dispatcher;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> brokerConfig;

    @Inject
    Clock clock;

    public Result replay(List<String> topics, Duration timeout) throws TimeoutException {
        AtomicLong records = new AtomicLong();
        AtomicLong poison = new AtomicLong();
        new TopicHistory(brokerConfig, "history-replay", clock).read(topics, timeout, poll -> {
            records.addAndGet(poll.size());
            poison.addAndGet(dispatcher.dispatchAll(poll).size());
        });
        LOG.infof("Replayed %d records of %s (%d poison skipped)", records.get(), topics, poison.get());
        return new Result(topics, records.get(), poison.get());
    }
}
