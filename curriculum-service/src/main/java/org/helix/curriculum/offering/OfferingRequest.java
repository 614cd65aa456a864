package org.helix.curriculum.offering;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.UUID;

/** A course to offer in a term. */
public record OfferingRequest(
        @NotNull UUID courseId,
        @NotNull @Pattern(regexp = Term.REGEX, message = "must be YYYY-SPRING or YYYY-AUTUMN") String term) {
}
