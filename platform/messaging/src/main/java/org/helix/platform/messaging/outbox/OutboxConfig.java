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

    /** First pause after a failed round while the broker is unreachable; it doubles up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration initialBackoff();

    /** Longest pause between attempts while the broker is unreachable. */
    @WithDefault("5s")
    Duration maxBackoff();

    /** How long one send may wait for the broker's acknowledgement. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** Producer {@code max.block.ms}: how long a send may wait for the broker's metadata before it fails. */
    @WithDefault("5s")
    Duration maxBlock();

    /** Producer {@code request.timeout.ms}: how long one request waits for the broker's answer. */
    @WithDefault("4s")
    Duration requestTimeout();

    /** Producer {@code delivery.timeout.ms}: the whole time a record may take, retries included (>= request timeout). */
    @WithDefault("9s")
    Duration deliveryTimeout();

    /** Producer {@code max.request.size}: a larger event is refused for good and parked. */
    @WithDefault("1048576")
    int maxRecordSize();

    /** How long sent rows stay in the outbox (for inspection) before they are pruned. */
    @WithDefault("7d")
    Duration retention();
}
