package org.helix.funding.ledger;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An entry to post: a CONTRIBUTION names its party ({@code organisationId}) and {@code contributionKind}; a LOSS or a
 * BENEFIT names neither and is allocated by the parties' risk or benefit shares.
 */
public record EntryForm(
        @NotNull EntryKind kind,
        ContributionKind contributionKind,
        UUID organisationId,
        @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
        @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits before and two after the point")
        BigDecimal amount,
        @NotBlank @Size(max = 2000) String description,
        @NotNull LocalDate occurredOn) {
}
