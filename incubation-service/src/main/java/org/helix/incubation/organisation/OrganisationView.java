package org.helix.incubation.organisation;

import java.util.UUID;

/** An organisation as this service returns it; {@code version} is governance's version of it. */
public record OrganisationView(UUID id, String name, OrganisationType type, String region, String contactEmail,
        String website, long version) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.id, organisation.name, organisation.type, organisation.region,
                organisation.contactEmail, organisation.website, organisation.sourceVersion);
    }
}
