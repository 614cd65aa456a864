package org.helix.curriculum.course;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What a version of a course says: title, type, credits (0.5–30, one decimal) and the skills it teaches. */
public record CourseContent(
        @NotBlank @Size(max = 200) String title,
        @NotNull CourseType type,
        @NotNull @DecimalMin("0.5") @DecimalMax("30") @Digits(integer = 2, fraction = 1) BigDecimal credits,
        @NotNull @Size(max = 30) List<@NotNull UUID> skillIds) {
}
