package org.helix.governance.problem;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.security.Roles;

import java.util.UUID;

@Path("/api/governance/problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Problems", description = "Problems raised at a committee and escalated up the tiers")
public class ProblemResource {

    @Inject
    Problems problems;

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "One problem with the history of every committee it passed (any authenticated caller)")
    public ProblemView get(@PathParam("id") UUID id) {
        return ProblemView.of(problems.get(id));
    }

    @POST
    @Path("{id}/escalate")
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.SCHOOL_ADMIN, Roles.ENTERPRISE_REP, Roles.ASSOCIATION_REP,
            Roles.FUNDER, Roles.GOV_OFFICER})
    @Operation(summary = "Escalate the problem to the parent committee, with an optional reason: OPEN → ESCALATED, "
            + "or further up while ESCALATED; at the MACRO committee or once RESOLVED a 409 (roles: secretariat, "
            + "admin, or a representative of a current member of the committee where the problem sits)")
    public ProblemView escalate(@PathParam("id") UUID id, @Valid ProblemRequests.Escalate request) {
        return ProblemView.of(problems.escalate(id, request == null ? null : request.reason()));
    }

    @POST
    @Path("{id}/resolve")
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.SCHOOL_ADMIN, Roles.ENTERPRISE_REP, Roles.ASSOCIATION_REP,
            Roles.FUNDER, Roles.GOV_OFFICER})
    @Operation(summary = "Resolve the problem with a resolution note: OPEN or ESCALATED → RESOLVED, otherwise 409 "
            + "(roles: secretariat, admin, or a representative of a current member of the committee where the "
            + "problem sits)")
    public ProblemView resolve(@PathParam("id") UUID id, @Valid @NotNull ProblemRequests.Resolve request) {
        return ProblemView.of(problems.resolve(id, request.resolutionNote()));
    }
}
