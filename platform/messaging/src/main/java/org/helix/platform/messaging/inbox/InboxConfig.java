package org.helix.platform.messaging.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** {@code helix.inbox.*}: how a service consumes events. */
@ConfigMapping(prefix = "helix.inbox")
public interface InboxConfig {

    /** Retrying an event whose effect failed transiently (database away, timeouts). */
    Retry retry();

    /** How long the ids of applied events are kept to recognise a redelivery; older ones are pruned. */
    @WithDefault("7d")
    Duration retention();

    /** The service's dead-letter topic, e.g. {@code helix.talent.dlq}; replays read it. */
    Optional<String> deadLetterTopic();

    /** Longest a dead-letter replay may take to read the topic to its end. */
    @WithDefault("60s")
    Duration replayTimeout();

    interface Retry {
        /** Pause after the first failed attempt; it doubles after each further one. */
        @WithDefault("200ms")
        Duration initialDelay();

        /** Longest pause between attempts, however long the failure lasts. */
        @WithDefault("10s")
        Duration maxDelay();
    }
}
