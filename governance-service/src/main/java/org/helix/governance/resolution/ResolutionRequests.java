package org.helix.governance.resolution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Bodies of the resolution and follow-up endpoints. */
public final class ResolutionRequests {

    private ResolutionRequests() {
    }

    /**
     * A resolution to propose. {@code proposingOrganisationId} defaults to the caller's organisation; only the
     * secretariat and admin may name another one. A CURRICULUM_REVISION needs {@code schoolId} (a registered SCHOOL)
     * and {@code courseOrProgramme}. {@code meetingId}, when given, must be a meeting of the same committee.
     * {@code callIds} names the funding calls a FUNDING_RECOMMENDATION recommends (at most
     * {@value #MAX_CALL_IDS}, duplicates dropped; funding notes the resolution on those calls); other kinds name none.
     */
    public record Propose(
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 100_000) String text,
            @NotNull ResolutionKind kind,
            UUID meetingId,
            UUID proposingOrganisationId,
            UUID schoolId,
            @Size(max = 300) String courseOrProgramme,
            @Size(max = MAX_CALL_IDS) List<@NotNull UUID> callIds) {
    }

    /** The most funding calls one FUNDING_RECOMMENDATION names. */
    public static final int MAX_CALL_IDS = 20;

    public record Cast(@NotNull VoteChoice choice) {
    }

    public record NewAction(@NotBlank @Size(max = 300) String title, @NotNull UUID assigneeOrganisationId,
            @NotNull LocalDate dueDate) {
    }

    /**
     * The next status of an action. {@code version} (or {@code If-Match}) guards against a concurrent change: when
     * sent, it must be the action's current version.
     */
    public record ActionChange(@NotNull ActionStatus status, Long version) {
    }
}
