package org.helix.governance.problem;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.security.Roles;

import java.util.UUID;

/** Problems raised at one committee, and those sitting there now. */
@Path("/api/governance/committees/{committeeId}/problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Problems", description = "Problems raised at a committee and escalated up the tiers")
public class CommitteeProblemResource {

    @Inject
    Problems problems;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.SCHOOL_ADMIN, Roles.ENTERPRISE_REP, Roles.ASSOCIATION_REP,
            Roles.FUNDER, Roles.GOV_OFFICER})
    @Idempotent
    @Operation(summary = "Raise a problem at the committee (roles: representatives — school-admin, enterprise-rep, "
            + "association-rep, funder, gov-officer — of a current member organisation, raising for their own; "
            + "secretariat and admin, who may name any current member as raisingOrganisationId). "
            + "Honours Idempotency-Key")
    public Response raise(@PathParam("committeeId") UUID committeeId, @Valid @NotNull ProblemRequests.Raise request) {
        Problem problem = problems.raise(committeeId, request);
        return Response.created(UriBuilder.fromPath("/api/governance/problems/{id}").build(problem.id))
                .entity(ProblemView.of(problem)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "Problems sitting at the committee now (raised there or escalated to it), paged; filter by "
            + "status; sort by raisedAt (default, newest first), arrivedAt, severity or title "
            + "(any authenticated caller)")
    public Page<ProblemView> list(@PathParam("committeeId") UUID committeeId,
            @QueryParam("status") ProblemStatus status, @Valid @BeanParam PageRequest page) {
        return problems.list(committeeId, status, page);
    }
}
