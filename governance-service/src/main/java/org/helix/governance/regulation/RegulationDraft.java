package org.helix.governance.regulation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** A new regulation, or — with {@code supersedes} naming the current version — a new version of one. */
public record RegulationDraft(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 100_000) String body,
        @NotNull LocalDate effectiveFrom,
        UUID supersedes) {
}
