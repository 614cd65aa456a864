package org.helix.funding.award;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An award on an application: its amount and 1–50 tranches (in sequence order) that sum to it exactly. */
public record AwardForm(
        @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
        @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits before and two after the point")
        BigDecimal amount,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid TranchePlan> tranches) {

    public record TranchePlan(
            @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
            @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits before and two after the point")
            BigDecimal amount,
            @NotBlank @Size(max = 200) String milestoneTitle,
            @NotNull LocalDate dueDate) {
    }

    /** What shows that a tranche of a SCHOOL, APPOINTMENT or AGREEMENT award is due (required). */
    public record ReleaseEvidence(@NotBlank @Size(max = 2000) String evidence) {
    }

    /** Why an award is suspended (required). */
    public record Suspension(@NotBlank @Size(max = 2000) String reason) {
    }
}
