package org.helix.governance.committee;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** Bodies of the membership endpoints. */
public final class MembershipRequests {

    private MembershipRequests() {
    }

    /** An organisation joins; {@code since} defaults to today. */
    public record Join(@NotNull UUID organisationId, @NotNull Position position, @Size(max = 4000) String duties,
            LocalDate since) {
    }

    /** A membership ends; {@code until} defaults to today. */
    public record End(LocalDate until) {
    }
}
