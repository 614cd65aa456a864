package org.helix.governance.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Bodies of the meeting endpoints. */
public final class MeetingRequests {

    private MeetingRequests() {
    }

    /**
     * A meeting to schedule. {@code endsAt} must be after {@code startsAt}, at least one of {@code location} and
     * {@code link} is needed, and the agenda (in the order given) must fit between start and end.
     */
    public record Schedule(
            @NotNull MeetingKind kind,
            @NotBlank @Size(max = 300) String title,
            @NotNull Instant startsAt,
            @NotNull Instant endsAt,
            @Size(max = 300) String location,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String link,
            @NotNull Visibility visibility,
            @Size(max = 100) List<@Valid @NotNull AgendaEntry> agenda) {
    }

    public record AgendaEntry(@NotBlank @Size(max = 300) String title,
            @NotNull @Min(value = 1, message = "must be more than 0") @Max(1440) Integer durationMinutes) {
    }

    /** A member organisation attending; a representative may only record its own organisation. */
    public record Attend(@NotNull UUID organisationId) {
    }

    /**
     * The draft minutes, replacing the earlier draft. {@code version} (or {@code If-Match}) guards against
     * overwriting someone else's edit: when sent, it must be the meeting's current version.
     */
    public record Minutes(@NotBlank @Size(max = 200_000) String text, Long version) {
    }

    public record Cancel(@Size(max = 1000) String reason) {
    }
}
