package org.helix.governance.meeting;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.security.Roles;

import java.util.UUID;

@Path("/api/governance/committees/{committeeId}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Plenaries, contact conferences and work seminars: agenda, attendance, minutes")
public class CommitteeMeetingResource {

    @Inject
    Meetings meetings;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    @Idempotent
    @Operation(summary = "Schedule a meeting of the committee (roles: secretariat, admin; honours Idempotency-Key). "
            + "endsAt after startsAt, a location or a link, agenda fitting the meeting; otherwise 422")
    public Response schedule(@PathParam("committeeId") UUID committeeId,
            @Valid @NotNull MeetingRequests.Schedule request, @Context UriInfo uri) {
        MeetingView meeting = meetings.schedule(committeeId, request);
        return Response.created(uri.getBaseUriBuilder().path("api/governance/meetings")
                        .path(meeting.id().toString()).build())
                .tag(new EntityTag(String.valueOf(meeting.version())))
                .entity(meeting).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "The committee's meetings, paged, by start; filter by status; sort by startsAt, title, "
            + "status or createdAt (any authenticated caller; MEMBERS meetings only for the committee's current "
            + "member organisations, secretariat and admin)")
    public Page<MeetingView> list(@PathParam("committeeId") UUID committeeId,
            @QueryParam("status") MeetingStatus status, @Valid @BeanParam PageRequest page) {
        return meetings.list(committeeId, status, page);
    }
}
