package org.helix.governance.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A full replacement of an organisation's details, based on the {@code version} the client read. */
public record OrganisationChange(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationType type,
        @Size(max = 100) String region,
        @Email @Size(max = 200) String contactEmail,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website,
        @NotNull Long version) {
}
