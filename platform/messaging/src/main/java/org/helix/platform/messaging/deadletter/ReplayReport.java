package org.helix.platform.messaging.deadletter;

import java.util.List;

/**
 * What a replay of the dead-letter topic did. Replaying again is harmless: events applied before count as
 * {@code alreadyApplied}.
 *
 * @param deadLetters    records read from the dead-letter topic
 * @param applied        events whose effect is now in the database
 * @param alreadyApplied events applied before (by an earlier replay, or delivered again since)
 * @param skipped        events of a type this service does not handle
 * @param stillPoison    records that still cannot be applied, with the reason; they stay on the topic
 */
public record ReplayReport(String topic, int deadLetters, int applied, int alreadyApplied, int skipped,
        List<StillPoison> stillPoison) {

    public record StillPoison(int partition, long offset, String eventId, String reason) {
    }
}
