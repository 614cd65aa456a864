package org.helix.incubation.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/** Training events and registrations as the API returns them, and the body that creates an event. */
public final class TrainingViews {

    private TrainingViews() {
    }

    public record EventView(UUID id, String title, TrainingEvent.Kind kind, String description,
            UUID speakerProfileId, Instant startsAt, int capacity, int registered, int available, long version,
            Instant createdAt) {

        static EventView of(TrainingEvent e) {
            return new EventView(e.id, e.title, e.kind, e.description, e.speakerProfileId, e.startsAt, e.capacity,
                    e.registered, e.capacity - e.registered, e.version, e.createdAt);
        }
    }

    /** A registration, with the event's title and start so a participant's own list reads on its own. */
    public record RegistrationView(UUID id, UUID eventId, String eventTitle, Instant startsAt, String subject,
            TrainingRegistration.Status status, Instant registeredAt, Instant cancelledAt) {

        static RegistrationView of(TrainingRegistration r, TrainingEvent e) {
            return new RegistrationView(r.id, r.eventId, e.title, e.startsAt, r.subject, r.status, r.registeredAt,
                    r.cancelledAt);
        }
    }

    public record NewEvent(@NotBlank @Size(max = 200) String title, @NotNull TrainingEvent.Kind kind,
            @Size(max = 2000) String description, UUID speakerProfileId, @NotNull Instant startsAt,
            @NotNull @Min(1) @Max(10000) Integer capacity) {
    }
}
