package org.helix.funding.call;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.helix.funding.organisation.OrganisationType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A call as its funder opens it. Money has at most two decimals and 13 digits before the point; a LOAN needs
 * {@code loanRatePercent} and {@code loanTermMonths}, other kinds must leave them out. {@code reviewThreshold} (mean
 * review score 1.00–5.00) defaults to {@code helix.funding.reviews.default-threshold}.
 */
public record CallTerms(
        @NotNull UUID funderOrganisationId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 5000) String description,
        @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
        @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits before and two after the point")
        BigDecimal budget,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY") String currency,
        @NotNull MoneyKind moneyKind,
        @DecimalMin(value = "0.00", message = "must be 0 or more") @DecimalMax(value = "100.00", message = "must be at most 100")
        @Digits(integer = 3, fraction = 2, message = "must have at most two decimals") BigDecimal loanRatePercent,
        @Min(1) @Max(600) Integer loanTermMonths,
        @NotNull TargetKind targetKind,
        @NotNull @Size(min = 1, max = 6) Set<@NotNull OrganisationType> eligibleApplicantTypes,
        @NotNull LocalDate opensOn,
        @NotNull LocalDate closesOn,
        @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
        @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits before and two after the point")
        BigDecimal maxAward,
        @DecimalMin(value = "1.00", message = "must be at least 1.00") @DecimalMax(value = "5.00", message = "must be at most 5.00")
        @Digits(integer = 1, fraction = 2, message = "must have at most two decimals") BigDecimal reviewThreshold) {

    /** What a funder may change on an open call, sending the version read. */
    public record Change(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 5000) String description,
            @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
            @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits before and two after the point")
            BigDecimal budget,
            @NotNull LocalDate closesOn,
            @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
            @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits before and two after the point")
            BigDecimal maxAward,
            Long version) {
    }
}
