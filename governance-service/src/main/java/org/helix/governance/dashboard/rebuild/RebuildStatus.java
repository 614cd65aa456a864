package org.helix.governance.dashboard.rebuild;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "DashboardRebuild", description = "A rebuild of the dashboard's read model from the topics")
public record RebuildStatus(
        @Schema(description = "NONE (no rebuild since this replica started), RUNNING, DONE or FAILED") State state,
        @Schema(description = "The topics read", nullable = true) List<String> topics,
        @Schema(description = "When it started", nullable = true) Instant startedAt,
        @Schema(description = "When it ended", nullable = true) Instant finishedAt,
        @Schema(description = "Records read from the topics' beginning to their end at the start", nullable = true)
        Long records,
        @Schema(description = "Of those, poison skipped (the live feed dead-lettered them)", nullable = true)
        Long poison,
        @Schema(description = "Why it failed", nullable = true) String failure) {

    public enum State { NONE, RUNNING, DONE, FAILED }

    static RebuildStatus none() {
        return new RebuildStatus(State.NONE, null, null, null, null, null, null);
    }

    static RebuildStatus running(List<String> topics, Instant startedAt) {
        return new RebuildStatus(State.RUNNING, topics, startedAt, null, null, null, null);
    }

    RebuildStatus done(Instant at, long records, long poison) {
        return new RebuildStatus(State.DONE, topics, startedAt, at, records, poison, null);
    }

    RebuildStatus failed(Instant at, String why) {
        return new RebuildStatus(State.FAILED, topics, startedAt, at, null, null, why);
    }
}
