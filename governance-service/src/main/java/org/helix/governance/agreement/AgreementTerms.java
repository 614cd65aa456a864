package org.helix.governance.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agreement's terms as a client sends them, to draft one or to replace a draft's terms ({@code version}: the
 * version read, required when replacing). Shares are percentages with at most two decimals; each kind of share
 * sums to exactly 100.00 over the parties.
 */
public record AgreementTerms(
        @NotBlank @Size(max = 300) String title,
        @NotNull AgreementKind kind,
        UUID committeeId,
        @Size(max = 20_000) String scope,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull @Size(max = 50) List<@NotNull @Valid Party> parties,
        Long version) {

    /**
     * Shares are percentages 0–100 with at most two decimals; {@code contributionAmount} is optional, 0 or more, at
     * most 13 digits before the point and two after (out of bounds: 400 naming the field).
     */
    public record Party(
            @NotNull UUID organisationId,
            @NotNull @DecimalMin(value = "0", message = SHARE) @DecimalMax(value = "100", message = SHARE)
            @Digits(integer = 3, fraction = 2, message = TWO_DECIMALS) BigDecimal riskShare,
            @NotNull @DecimalMin(value = "0", message = SHARE) @DecimalMax(value = "100", message = SHARE)
            @Digits(integer = 3, fraction = 2, message = TWO_DECIMALS) BigDecimal benefitShare,
            @NotBlank @Size(max = 4000) String contribution,
            @DecimalMin(value = "0", message = "must be 0 or more")
            @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits before and two decimals after the point")
            BigDecimal contributionAmount) {

        static final String SHARE = "must be a percentage between 0 and 100";
        static final String TWO_DECIMALS = "has more than two decimals";
    }

    /** Why an agreement ends early (required). */
    public record Termination(@NotBlank @Size(max = 4000) String reason) {
    }
}
