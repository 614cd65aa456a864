package org.helix.talent.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.platform.web.security.Caller;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Representatives of member organisations act for their own organisation only: they register its people's profiles,
 * propose and approve appointments it is home or host of, and assess the people it hosts.
 */
@ApplicationScoped
public class Representatives {

    @Inject
    Caller caller;

    @Inject
    OrganisationScope scope;

    /** admin and secretariat see and act on everything. */
    public boolean seesEverything() {
        return scope.seesEverything();
    }

    /** The caller's organisation if the caller represents it (a representative role and an {@code org} claim). */
    public Optional<UUID> representedOrganisation() {
        return caller.representedOrganisation();
    }

    /** Whether the caller is admin or secretariat, or represents one of {@code organisations}. */
    public boolean represents(UUID... organisations) {
        return seesEverything() || representedOrganisation().map(org -> List.of(organisations).contains(org))
                .orElse(false);
    }

    /** The caller's organisation, if the caller represents it; else 403. */
    public UUID requireRepresentative() {
        return caller.requireRepresentative("Only representatives of member organisations may do this");
    }

    public String subject() {
        return caller.subject();
    }
}
