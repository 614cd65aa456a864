package org.helix.talent.appointment;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.IfMatch;

import java.util.UUID;

@Path("/api/talent-exchange/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments", description = "Part-time teaching (expert → school) and enterprise practice (teacher → "
        + "enterprise): PROPOSED → APPROVED → ACTIVE (from the start date) → COMPLETED (after the end date) | "
        + "TERMINATED")
@Authenticated
public class AppointmentResource {

    @Inject
    Appointments appointments;

    @POST
    @Idempotent
    @Operation(summary = "Propose an appointment for a profile (an EXPERT for PART_TIME_TEACHING at a SCHOOL, a "
            + "TEACHER for ENTERPRISE_PRACTICE at an ENTERPRISE), with one pay line per paying organisation (home "
            + "and/or host), otherwise 422 naming the field (roles: a representative of the home or the host "
            + "organisation, secretariat, admin; others 403). Honours Idempotency-Key")
    public Response propose(@Valid @NotNull AppointmentTerms terms, @Context UriInfo uri) {
        Appointment appointment = appointments.propose(terms);
        return Response.created(uri.getAbsolutePathBuilder().path(appointment.id.toString()).build())
                .tag(etag(appointment)).entity(AppointmentView.of(appointment)).build();
    }

    @GET
    @Operation(summary = "List the appointments the caller may see, paged; filter by status, kind, profile, "
            + "organisation (home or host); sort by createdAt (default, newest first), startDate or status (roles: "
            + "any signed-in caller; lists hold only the caller's own and its organisation's, all for secretariat and "
            + "admin)")
    public Page<AppointmentView> list(@QueryParam("status") AppointmentStatus status,
            @QueryParam("kind") AppointmentKind kind, @QueryParam("profile") UUID profile,
            @QueryParam("organisation") UUID organisation, @Valid @BeanParam PageRequest page) {
        return appointments.list(status, kind, profile, organisation, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One appointment with its approvals and green-channel decision; its ETag is its version "
            + "(roles: the person, representatives of the home and the host organisation, secretariat, admin; "
            + "anyone else 404)")
    public Response get(@PathParam("id") UUID id) {
        Appointment appointment = appointments.get(id);
        return Response.ok(AppointmentView.of(appointment)).tag(etag(appointment)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace the terms of a PROPOSED or APPROVED appointment, sending the version read (body, "
            + "optionally If-Match); clears every approval (it is PROPOSED again). Stale version or another status: "
            + "409 (roles: representatives of the home or the host organisation, secretariat, admin)")
    public Response change(@PathParam("id") UUID id, @Valid @NotNull AppointmentTerms terms,
            @Parameter(description = "ETag of the version read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        IfMatch.requireVersion(ifMatch, terms.version(), Appointments.RESOURCE, id);
        Appointment appointment = appointments.change(id, terms);
        return Response.ok(AppointmentView.of(appointment)).tag(etag(appointment)).build();
    }

    @POST
    @Path("{id}/approvals")
    @Operation(summary = "Approve for the caller's own organisation, the home or the host (403 otherwise); twice or "
            + "when not PROPOSED: 409. With the approvals it needs (both, or the host's alone through the green "
            + "channel) it is APPROVED — ACTIVE at once if its start date has come — unless a limit is broken: 409 "
            + "overlapping-practice or teaching-hours-limit (roles: representatives of the home or the host)")
    public Response approve(@PathParam("id") UUID id) {
        Appointment appointment = appointments.approve(id);
        return Response.ok(AppointmentView.of(appointment)).tag(etag(appointment)).build();
    }

    @POST
    @Path("{id}/terminate")
    @Operation(summary = "Terminate a PROPOSED, APPROVED or ACTIVE appointment with a reason (required); otherwise "
            + "409 (roles: representatives of the home or the host organisation, secretariat, admin)")
    public Response terminate(@PathParam("id") UUID id, @Valid @NotNull AppointmentTerms.Termination termination) {
        Appointment appointment = appointments.terminate(id, termination.reason());
        return Response.ok(AppointmentView.of(appointment)).tag(etag(appointment)).build();
    }

    private static EntityTag etag(Appointment appointment) {
        return new EntityTag(String.valueOf(appointment.version));
    }
}
