package org.helix.curriculum.course;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.UUID;

/** A course to create in a programme, with the content of its first published version. */
public record NewCourse(
        @NotNull UUID programmeId,
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}", message = "1-40 letters, digits, '.', '_' or '-'")
        String code,
        @NotNull @Valid CourseContent content) {
}
