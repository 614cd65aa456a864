package org.helix.governance.problem;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** What clients send to raise, escalate and resolve problems. */
public final class ProblemRequests {

    private ProblemRequests() {
    }

    /**
     * A new problem. {@code raisingOrganisationId} defaults to the caller's organisation; only the secretariat and
     * admin may name another one (which must be a current member of the committee).
     */
    public record Raise(
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 20_000) String description,
            @NotNull Severity severity,
            UUID raisingOrganisationId) {
    }

    /** Why the problem goes up a tier (optional, kept in its history). */
    public record Escalate(@Size(max = 4000) String reason) {
    }

    public record Resolve(@NotBlank @Size(max = 20_000) String resolutionNote) {
    }
}
