package org.helix.incubation.mentor;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/incubation/projects/{projectId}/mentors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mentors", description = "Mentors from the talent pool: teachers of the project's school and experts with "
        + "an ACTIVE part-time teaching appointment; at most 5 active mentees per mentor")
@Authenticated
public class MentorResource {

    @Inject
    Mentors mentors;

    @GET
    @Operation(summary = "The project's mentors, current and released (roles: whoever may see the project)")
    public List<MentorView> list(@PathParam("projectId") UUID projectId) {
        return mentors.of(projectId);
    }

    @POST
    @Idempotent
    @Operation(summary = "Assign a mentor to an INCUBATING project (409 otherwise): a TEACHER of its school or an "
            + "EXPERT with an ACTIVE part-time teaching appointment, else 422 naming profileId; a mentor with 5 "
            + "active mentees: 409 mentor-at-capacity (roles: the school's representatives, secretariat, admin). "
            + "Honours Idempotency-Key")
    public Response assign(@PathParam("projectId") UUID projectId, @Valid @NotNull MentorView.Assignment assignment,
            @Context UriInfo uri) {
        Mentorship mentorship = mentors.assign(projectId, assignment.profileId());
        return Response.created(uri.getAbsolutePathBuilder().path(mentorship.id.toString()).build())
                .entity(MentorView.of(mentorship)).build();
    }

    @POST
    @Path("{mentorshipId}/release")
    @Operation(summary = "Release an ACTIVE mentor of the project (409 otherwise) (roles: the school's "
            + "representatives, secretariat, admin)")
    public MentorView release(@PathParam("projectId") UUID projectId, @PathParam("mentorshipId") UUID mentorshipId) {
        return MentorView.of(mentors.release(projectId, mentorshipId));
    }
}
