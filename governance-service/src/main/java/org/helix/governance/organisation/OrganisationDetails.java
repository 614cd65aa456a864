package org.helix.governance.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * What a client sends to register an organisation. {@code id} is optional: partner systems that already have an id
 * for the organisation may reuse it; otherwise one is assigned.
 */
public record OrganisationDetails(
        UUID id,
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationType type,
        @Size(max = 100) String region,
        @Email @Size(max = 200) String contactEmail,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website) {
}
