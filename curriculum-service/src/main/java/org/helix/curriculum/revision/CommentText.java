package org.helix.curriculum.revision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A review comment, or the reason changes are requested. */
public record CommentText(@NotBlank @Size(max = 4000) String text) {
}
