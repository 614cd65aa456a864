package org.helix.governance.organisation;

import java.time.Instant;
import java.util.UUID;

public record OrganisationView(UUID id, String name, OrganisationType type, String region, String contactEmail,
        String website, long version, Instant createdAt, Instant updatedAt) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.id, organisation.name, organisation.type, organisation.region,
                organisation.contactEmail, organisation.website, organisation.version, organisation.createdAt,
                organisation.updatedAt);
    }
}
