package org.helix.governance.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.governance.committee.CommitteeMembers;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.platform.web.security.Caller;
import org.helix.platform.web.security.Roles;

import java.util.List;
import java.util.UUID;

/**
 * Representatives of member organisations (school-admin, enterprise-rep, association-rep, funder, gov-officer) act
 * for their own organisation only: they propose, vote, raise problems and sign on its behalf.
 */
@ApplicationScoped
public class Representatives {

    public static final String[] ROLES = {Roles.SCHOOL_ADMIN, Roles.ENTERPRISE_REP, Roles.ASSOCIATION_REP,
            Roles.FUNDER, Roles.GOV_OFFICER};

    @Inject
    Caller caller;

    @Inject
    CommitteeMembers members;

    @Inject
    OrganisationScope scope;

    /** The caller's organisation, if the caller represents it (a representative role and an {@code org} claim). */
    public UUID requireRepresentative() {
        if (!caller.hasAnyRole(ROLES)) {
            throw forbidden("Only representatives of member organisations may do this");
        }
        return caller.requireOrganisation();
    }

    /** The caller's organisation, which must be a current member of the committee. */
    public UUID requireRepresentativeOfMember(UUID committeeId) {
        UUID organisation = requireRepresentative();
        if (!members.isCurrentMember(committeeId, organisation)) {
            throw forbidden("Your organisation is not a current member of this committee");
        }
        return organisation;
    }

    /** admin and secretariat see everything; everyone else only what their organisation may (the platform's rule). */
    public boolean seesEverything() {
        return scope.seesEverything();
    }

    /** Whether the caller's organisation is a current member of the committee. */
    public boolean callerIsMemberOf(UUID committeeId) {
        return caller.organisationId().map(org -> members.isCurrentMember(committeeId, org)).orElse(false);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "forbidden", "Forbidden", detail, List.of());
    }
}
