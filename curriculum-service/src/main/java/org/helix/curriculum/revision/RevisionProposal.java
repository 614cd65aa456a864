package org.helix.curriculum.revision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.helix.curriculum.course.CourseContent;

import java.util.UUID;

/**
 * A revision as opened or edited: ADD names the programme and the new course's code; MODIFY and RETIRE name the
 * course. {@code content} is what the course's next version will say (not for RETIRE; may be left out of a DRAFT).
 * {@code version} is required when editing.
 */
public record RevisionProposal(
        @NotNull RevisionChange change,
        UUID courseId,
        UUID programmeId,
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}", message = "1-40 letters, digits, '.', '_' or '-'")
        String code,
        @NotBlank @Size(max = 500) String subject,
        @Size(max = 4000) String rationale,
        @Valid CourseContent content,
        Long version) {
}
