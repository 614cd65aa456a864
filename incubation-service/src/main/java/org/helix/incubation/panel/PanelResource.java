package org.helix.incubation.panel;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;

import java.util.List;
import java.util.UUID;

@Path("/api/incubation/projects/{projectId}/panel")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Screening panel", description = "The experts and teachers of the project's school who review a project "
        + "under screening; only they see it while SCREENING; at most 5")
@Authenticated
public class PanelResource {

    @Inject
    ScreeningPanel panel;

    @GET
    @Operation(summary = "The project's screening panel, with whether each reviewer has reviewed (roles: whoever "
            + "may see the project)")
    public List<PanelView> list(@PathParam("projectId") UUID projectId) {
        return panel.of(projectId);
    }

    @POST
    @Idempotent
    @Operation(summary = "Seat a reviewer on the panel of a SUBMITTED or SCREENING project (409 otherwise): an EXPERT "
            + "profile or a TEACHER of the project's school, with a sign-in subject and not on the team, else 422 "
            + "naming profileId; twice 409 already-on-panel; a full panel (5) 409 panel-full (roles: the school's "
            + "representatives, secretariat, admin). Honours Idempotency-Key")
    public Response seat(@PathParam("projectId") UUID projectId, @Valid @NotNull PanelView.Assignment assignment,
            @Context UriInfo uri) {
        PanelView seat = panel.seat(projectId, assignment.profileId());
        return Response.created(uri.getAbsolutePathBuilder().path(seat.id().toString()).build()).entity(seat)
                .build();
    }

    @DELETE
    @Path("{memberId}")
    @Operation(summary = "Unseat a reviewer who has not reviewed (409 reviewed-already) while the project is "
            + "SUBMITTED or SCREENING; 204 (roles: the school's representatives, secretariat, admin)")
    public Response unseat(@PathParam("projectId") UUID projectId, @PathParam("memberId") UUID memberId) {
        panel.unseat(projectId, memberId);
        return Response.noContent().build();
    }
}
