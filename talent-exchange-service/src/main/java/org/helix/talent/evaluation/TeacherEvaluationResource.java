package org.helix.talent.evaluation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Its own class path: under {@code /profiles} JAX-RS would look for it in the profile resource only. */
@Path("/api/talent-exchange/profiles/{id}/evaluation-results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Student evaluations", description = "Anonymous evaluations of a section's teacher by its students")
@Authenticated
public class TeacherEvaluationResource {

    @Inject
    Evaluations evaluations;

    @GET
    @Operation(summary = "A teacher's published evaluation results, newest term first (roles: any signed-in caller)")
    public List<EvaluationViews.Result> ofTeacher(@PathParam("id") UUID id) {
        return evaluations.ofTeacher(id);
    }
}
