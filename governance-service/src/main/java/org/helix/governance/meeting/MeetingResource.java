package org.helix.governance.meeting;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.security.Roles;

import java.util.UUID;

@Path("/api/governance/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class MeetingResource {

    @Inject
    Meetings meetings;

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "One meeting with agenda, attendance and minutes (any authenticated caller; a MEMBERS "
            + "meeting is a 404 unless the caller's organisation is a current member, or the caller is secretariat "
            + "or admin). Its ETag is its version")
    public Response get(@PathParam("id") UUID id) {
        MeetingView meeting = meetings.get(id);
        return Response.ok(meeting).tag(etag(meeting)).build();
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    @Operation(summary = "Open the session: SCHEDULED → IN_SESSION, else 409 (roles: secretariat, admin)")
    public MeetingView start(@PathParam("id") UUID id) {
        return meetings.start(id);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    @Operation(summary = "Close the session: IN_SESSION → CLOSED, needs minutes; else 409 (roles: secretariat, "
            + "admin). Publishes MeetingClosed")
    public MeetingView close(@PathParam("id") UUID id) {
        return meetings.close(id);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    @Operation(summary = "Cancel a meeting with an optional reason: SCHEDULED → CANCELLED, else 409 "
            + "(roles: secretariat, admin)")
    public MeetingView cancel(@PathParam("id") UUID id, @Valid MeetingRequests.Cancel request) {
        return meetings.cancel(id, request == null ? null : request.reason());
    }

    @POST
    @Path("{id}/attendance")
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.SCHOOL_ADMIN, Roles.ENTERPRISE_REP, Roles.ASSOCIATION_REP,
            Roles.FUNDER, Roles.GOV_OFFICER})
    @Idempotent
    @Operation(summary = "Record an attending current member organisation while the meeting is IN_SESSION "
            + "(roles: secretariat, admin for any member; representatives for their own organisation only). "
            + "Not in session: 409; not a current member: 422; already recorded: 409")
    public Response attend(@PathParam("id") UUID id, @Valid @NotNull MeetingRequests.Attend request,
            @Context UriInfo uri) {
        Attendance attendance = meetings.attend(id, request.organisationId());
        return Response.created(uri.getBaseUriBuilder().path("api/governance/meetings").path(id.toString()).build())
                .entity(new MeetingView.Attendee(attendance.organisationId, attendance.recordedAt)).build();
    }

    @PUT
    @Path("{id}/minutes")
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.SCHOOL_ADMIN, Roles.ENTERPRISE_REP, Roles.ASSOCIATION_REP,
            Roles.FUNDER, Roles.GOV_OFFICER})
    @Operation(summary = "Write (replace) the draft minutes once the meeting is IN_SESSION or CLOSED (roles: "
            + "secretariat, admin, or a representative of the committee's CHAIR or SECRETARY member organisation). "
            + "Final minutes: 409. Send the version read (body or If-Match) to avoid overwriting another edit")
    public Response writeMinutes(@PathParam("id") UUID id, @Valid @NotNull MeetingRequests.Minutes request,
            @Parameter(description = "ETag of the meeting version read, e.g. \"3\"") @HeaderParam("If-Match")
            String ifMatch) {
        MeetingView meeting = meetings.writeMinutes(id, request, ifMatchVersion(id, ifMatch));
        return Response.ok(meeting).tag(etag(meeting)).build();
    }

    @POST
    @Path("{id}/minutes/final")
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.SCHOOL_ADMIN, Roles.ENTERPRISE_REP, Roles.ASSOCIATION_REP,
            Roles.FUNDER, Roles.GOV_OFFICER})
    @Operation(summary = "Make the minutes final; they never change again, a second attempt is a 409 (roles: "
            + "secretariat, admin, or a representative of the committee's CHAIR or SECRETARY member organisation)")
    public MeetingView finaliseMinutes(@PathParam("id") UUID id) {
        return meetings.finaliseMinutes(id);
    }

    private static Long ifMatchVersion(UUID id, String ifMatch) {
        if (ifMatch == null || ifMatch.equals("*")) {
            return null;
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.staleVersion(Meeting.RESOURCE, id);
        }
    }

    private static EntityTag etag(MeetingView meeting) {
        return new EntityTag(String.valueOf(meeting.version()));
    }
}
