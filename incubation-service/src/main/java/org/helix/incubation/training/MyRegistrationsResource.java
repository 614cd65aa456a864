package org.helix.incubation.training;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;

@Path("/api/incubation/training-registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training events")
@Authenticated
public class MyRegistrationsResource {

    @Inject
    Trainings trainings;

    @GET
    @Operation(summary = "The caller's own training registrations, newest first, paged; filter by status "
            + "(REGISTERED, CANCELLED) and upcoming=true; sort by registeredAt (roles: any signed-in caller; only "
            + "their own)")
    public Page<TrainingViews.RegistrationView> mine(@QueryParam("status") TrainingRegistration.Status status,
            @QueryParam("upcoming") Boolean upcoming, @Valid @BeanParam PageRequest page) {
        return trainings.mine(status, upcoming, page);
    }
}
