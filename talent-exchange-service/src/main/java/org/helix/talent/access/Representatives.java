package org.helix.talent.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.platform.web.security.Caller;
import org.helix.platform.web.security.Roles;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Representatives of member organisations act for their own organisation only: they register its people's profiles,
 * propose and approve appointments it is home or host of, and assess the people it hosts.
 */
@ApplicationScoped
public class Representatives {

    public static final String[] ROLES = {Roles.SCHOOL_ADMIN, Roles.ENTERPRISE_REP, Roles.ASSOCIATION_REP,
            Roles.FUNDER, Roles.GOV_OFFICER};

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
        return caller.hasAnyRole(ROLES) ? caller.organisationId() : Optional.empty();
    }

    /** Whether the caller is admin or secretariat, or represents one of {@code organisations}. */
    public boolean represents(UUID... organisations) {
        return seesEverything() || representedOrganisation().map(org -> List.of(organisations).contains(org))
                .orElse(false);
    }

    /** The caller's organisation, if the caller represents it; else 403. */
    public UUID requireRepresentative() {
        if (!caller.hasAnyRole(ROLES)) {
            throw forbidden("Only representatives of member organisations may do this");
        }
        return caller.requireOrganisation();
    }

    public String subject() {
        return caller.subject();
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "forbidden", "Forbidden", detail, List.of());
    }
}
