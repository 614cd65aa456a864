package org.helix.platform.messaging.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code helix.outbox.*}: where a service publishes its events. */
@ConfigMapping(prefix = "helix.outbox")
public interface OutboxConfig {

    /** The service's topic, e.g. {@code helix.governance.v1}. */
    String topic();

    /** The CloudEvent source, e.g. {@code /helix/governance}. */
    String source();

    /** Prefix of every event type, e.g. {@code helix.governance.} for {@code helix.governance.OrganisationRegistered}. */
    String typePrefix();

    /** Rows published per relay round. */
    @WithDefault("200")
    int batchSize();

    /** Even without a commit signal (another replica wrote, the broker was away) the relay looks this often. */
    @WithDefault("2s")
    Duration pollInterval();

    /** Longest pause between attempts while the broker is unreachable. */
    @WithDefault("5s")
    Duration maxBackoff();

    /** How long one send may wait for the broker's acknowledgement. */
    @WithDefault("10s")
    Duration sendTimeout();
}
