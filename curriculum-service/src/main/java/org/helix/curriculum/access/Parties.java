package org.helix.curriculum.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.platform.web.security.Caller;
import org.helix.platform.web.security.Roles;

import java.util.Optional;
import java.util.UUID;

/**
 * Who the caller is to curriculum: admin and secretariat act everywhere; a representative (school-admin,
 * enterprise-rep, association-rep) acts for their own organisation; a student and a teacher act as themselves.
 */
@ApplicationScoped
public class Parties {

    public static final String[] REPRESENTATIVES = {Roles.SCHOOL_ADMIN, Roles.ENTERPRISE_REP, Roles.ASSOCIATION_REP};

    @Inject
    Caller caller;

    @Inject
    OrganisationScope scope;

    public boolean seesEverything() {
        return scope.seesEverything();
    }

    /** The caller's organisation if the caller represents it (a representative role and an {@code org} claim). */
    public Optional<UUID> representedOrganisation() {
        return caller.hasAnyRole(REPRESENTATIVES) ? caller.organisationId() : Optional.empty();
    }

    /** Admin, secretariat, or a representative of {@code organisation}. */
    public boolean represents(UUID organisation) {
        return seesEverything() || representedOrganisation().map(organisation::equals).orElse(false);
    }

    /** A 403 unless the caller is admin, secretariat or a representative of {@code organisation}. */
    public void requireRepresentative(UUID organisation, String what) {
        if (!represents(organisation)) {
            throw ApiProblem.forbidden("Only representatives of organisation " + organisation + ", admin and secretariat "
                    + what);
        }
    }

    public boolean hasRole(String role) {
        return caller.hasRole(role);
    }

    public Optional<UUID> organisation() {
        return caller.organisationId();
    }

    public String subject() {
        return caller.isAuthenticated() ? caller.subject() : null;
    }
}
