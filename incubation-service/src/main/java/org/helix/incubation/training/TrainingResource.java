package org.helix.incubation.training;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;

import java.util.UUID;

@Path("/api/incubation/training-events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training events", description = "Entrepreneurship workshops and lectures with registrations up to a "
        + "capacity")
@Authenticated
public class TrainingResource {

    @Inject
    Trainings trainings;

    @POST
    @Idempotent
    @Operation(summary = "Create a training event starting in the future (else 422), optionally with an expert "
            + "speaker's profile (roles: school-admin, secretariat, admin). Honours Idempotency-Key")
    public Response create(@Valid @NotNull TrainingViews.NewEvent body, @Context UriInfo uri) {
        TrainingEvent event = trainings.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(event.id.toString()).build())
                .entity(TrainingViews.EventView.of(event)).build();
    }

    @GET
    @Operation(summary = "Training events with their places left, paged; filter by kind and upcoming=true; sort by "
            + "startsAt (default) or title (roles: any signed-in caller)")
    public Page<TrainingViews.EventView> list(@QueryParam("kind") TrainingEvent.Kind kind,
            @QueryParam("upcoming") Boolean upcoming, @Valid @BeanParam PageRequest page) {
        return trainings.list(kind, upcoming, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One training event (roles: any signed-in caller)")
    public TrainingViews.EventView get(@PathParam("id") UUID id) {
        return TrainingViews.EventView.of(trainings.get(id));
    }

    @POST
    @Path("{id}/registrations")
    @Operation(summary = "Register the caller for the event before it starts, once (409 already-registered), while "
            + "places are left (409 training-full) (roles: any signed-in user)")
    public Response register(@PathParam("id") UUID id, @Context UriInfo uri) {
        TrainingViews.RegistrationView registration = trainings.register(id);
        return Response.created(uri.getAbsolutePathBuilder().path(registration.id().toString()).build())
                .entity(registration).build();
    }

    @GET
    @Path("{id}/registrations")
    @Operation(summary = "The event's registrations, first come first, paged; filter by status (REGISTERED, "
            + "CANCELLED); sort by registeredAt (roles: the event's organiser — its creator and their "
            + "organisation's representatives —, secretariat, admin; others 403)")
    public Page<TrainingViews.RegistrationView> registrations(@PathParam("id") UUID id,
            @QueryParam("status") TrainingRegistration.Status status, @Valid @BeanParam PageRequest page) {
        return trainings.ofEvent(id, status, page);
    }

    @POST
    @Path("{id}/registrations/{registrationId}/cancel")
    @Operation(summary = "Cancel a REGISTERED registration before the event starts (409 otherwise); its place goes "
            + "back (roles: the participant, the event's organiser, secretariat, admin; anyone else 404)")
    public TrainingViews.RegistrationView cancel(@PathParam("id") UUID id,
            @PathParam("registrationId") UUID registrationId) {
        return trainings.cancel(id, registrationId);
    }
}
