package org.helix.incubation.park;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** Spaces and allocations as the API returns them, and the bodies the park endpoints accept. */
public final class ParkViews {

    private ParkViews() {
    }

    public record SpaceView(UUID id, String name, SpaceKind kind, int capacity, int allocated, int available,
            long version, Instant createdAt) {

        static SpaceView of(Space s) {
            return new SpaceView(s.id, s.name, s.kind, s.capacity, s.allocated, s.capacity - s.allocated, s.version,
                    s.createdAt);
        }
    }

    public record AllocationView(UUID id, UUID spaceId, UUID projectId, Allocation.Status status,
            Instant allocatedAt, Instant releasedAt, long version) {

        static AllocationView of(Allocation a) {
            return new AllocationView(a.id, a.spaceId, a.projectId, a.status, a.allocatedAt, a.releasedAt,
                    a.version);
        }
    }

    public record NewSpace(@NotBlank @Size(max = 200) String name, @NotNull SpaceKind kind,
            @NotNull @Min(1) @Max(1000) Integer capacity) {
    }

    public record NewAllocation(@NotNull UUID projectId) {
    }
}
