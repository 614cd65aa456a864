package org.helix.governance.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.governance.committee.CommitteeMembers;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.platform.web.security.Caller;

import java.util.UUID;

/**
 * Representatives of member organisations (school-admin, enterprise-rep, association-rep, funder, gov-officer) act
 * for their own organisation only: they propose, vote, raise problems and sign on its behalf.
 */
@ApplicationScoped
public class Representatives {

    @Inject
    Caller caller;

    @Inject
    CommitteeMembers members;

    @Inject
    OrganisationScope scope;

    /** The caller's organisation, if the caller represents it (a representative role and an {@code org} claim). */
    public UUID requireRepresentative() {
        return caller.requireRepresentative("Only representatives of member organisations may do this");
    }

    /** The caller's organisation, which must be a current member of the committee. */
    public UUID requireRepresentativeOfMember(UUID committeeId) {
        UUID organisation = requireRepresentative();
        if (!members.isCurrentMember(committeeId, organisation)) {
            throw ApiProblem.forbidden("Your organisation is not a current member of this committee");
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
}
