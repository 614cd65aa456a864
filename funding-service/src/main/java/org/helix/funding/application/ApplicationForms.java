package org.helix.funding.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

/** The request bodies of applications and their reviews. */
public final class ApplicationForms {

    private ApplicationForms() {
    }

    /** An application to a call; the applicant is the caller's organisation, the target kind the call's. */
    public record Submission(
            @NotNull UUID callId,
            @NotNull UUID targetId,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 10000) String summary,
            @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01")
            @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits before and two after the point")
            BigDecimal requestedAmount) {
    }

    /** The funder assigns a reviewer: a person (Keycloak subject) of an organisation other than the applicant. */
    public record ReviewerAssignment(
            @NotBlank @Size(max = 200) String reviewerSubject,
            @NotNull UUID reviewerOrganisationId) {
    }

    /**
     * A review: each criterion scored 1–5, an optional comment, and the reviewer's declaration of a conflict of
     * interest (required; {@code true} refuses the review).
     */
    public record ReviewForm(
            @NotNull @Min(1) @Max(5) Integer relevance,
            @NotNull @Min(1) @Max(5) Integer feasibility,
            @NotNull @Min(1) @Max(5) Integer impact,
            @NotNull @Min(1) @Max(5) Integer valueForMoney,
            @Size(max = 5000) String comment,
            @NotNull Boolean conflictOfInterest) {
    }

    /** Why an application is declined or withdrawn. */
    public record Reason(@NotBlank @Size(max = 2000) String reason) {
    }
}
