package org.helix.talent.appointment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The terms of an appointment as proposed or replaced: the person (profile), the host, dates, hours per week, what
 * is taught or practised, and one pay line per paying organisation (home and/or host). {@code version} is required
 * when replacing.
 */
public record AppointmentTerms(
        @NotNull AppointmentKind kind,
        @NotNull UUID profileId,
        @NotNull UUID hostOrganisationId,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Min(1) @Max(40) int hoursPerWeek,
        @NotBlank @Size(max = 2000) String activity,
        @NotNull @Size(min = 1, max = 2) List<@NotNull @Valid Pay> payLines,
        Long version) {

    /** Amount 0 or more with at most two decimals and 12 digits before the point; an ISO 4217 currency code. */
    public record Pay(
            @NotNull UUID payerOrganisationId,
            @NotNull @DecimalMin(value = "0", message = "must be 0 or more")
            @Digits(integer = 12, fraction = 2, message = "must have at most 12 digits before and two decimals after the point")
            BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY") String currency,
            @NotNull PayBasis basis) {
    }

    /** Why an appointment ends early (required). */
    public record Termination(@NotBlank @Size(max = 2000) String reason) {
    }
}
