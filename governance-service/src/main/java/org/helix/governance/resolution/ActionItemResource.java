package org.helix.governance.resolution;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.security.Roles;

import java.util.UUID;

@Path("/api/governance/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Resolutions")
public class ActionItemResource {

    @Inject
    ActionItems actions;

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "One follow-up action (any authenticated caller); its ETag is its version")
    public Response get(@PathParam("id") UUID id) {
        ActionView action = actions.get(id);
        return Response.ok(action).tag(new EntityTag(String.valueOf(action.version()))).build();
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.SCHOOL_ADMIN, Roles.ENTERPRISE_REP, Roles.ASSOCIATION_REP,
            Roles.FUNDER, Roles.GOV_OFFICER})
    @Operation(summary = "Move an action on: OPEN → IN_PROGRESS → DONE, anything else 409 (roles: secretariat, "
            + "admin, or a representative of the assignee organisation; else 403). Send the version read (body or "
            + "If-Match) to guard against concurrent changes. DONE publishes ActionItemCompleted")
    public Response change(@PathParam("id") UUID id, @Valid @NotNull ResolutionRequests.ActionChange change,
            @Parameter(description = "ETag of the action version read, e.g. \"1\"") @HeaderParam("If-Match")
            String ifMatch) {
        ActionView action = actions.change(id, change, ifMatchVersion(id, ifMatch));
        return Response.ok(action).tag(new EntityTag(String.valueOf(action.version()))).build();
    }

    private static Long ifMatchVersion(UUID id, String ifMatch) {
        if (ifMatch == null || ifMatch.equals("*")) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.staleVersion(ActionItem.RESOURCE, id);
        }
    }
}
