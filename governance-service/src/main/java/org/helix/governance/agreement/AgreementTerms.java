package org.helix.governance.agreement;

import jakarta.validation.Valid;
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

    /** {@code contributionAmount} is optional, 0 or more, with at most two decimals. */
    public record Party(
            @NotNull UUID organisationId,
            @NotNull BigDecimal riskShare,
            @NotNull BigDecimal benefitShare,
            @NotBlank @Size(max = 4000) String contribution,
            BigDecimal contributionAmount) {
    }

    /** Why an agreement ends early (required). */
    public record Termination(@NotBlank @Size(max = 4000) String reason) {
    }
}
