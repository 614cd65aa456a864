package org.helix.talent.evaluation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/api/talent-exchange")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Student evaluations", description = "Anonymous evaluations of a section's teacher by its students; "
        + "averages published per section from the configured number of responses")
public class EvaluationResource {

    @Inject
    Evaluations evaluations;

    @POST
    @Path("sections/{sectionId}/evaluations")
    @RolesAllowed(Roles.STUDENT)
    @Operation(summary = "Evaluate the teacher of a section the caller is enrolled in (known from curriculum's "
            + "events): criteria 1–5, an optional comment; once (409 already-evaluated), within the window (409 "
            + "evaluation-window-closed); not enrolled or withdrawn: 403. The answer is anonymous: nothing records "
            + "who gave it (roles: student)")
    public EvaluationViews.Receipt evaluate(@PathParam("sectionId") UUID sectionId,
            @Valid @NotNull EvaluationViews.Answers answers) {
        return evaluations.submit(sectionId, answers);
    }

    @GET
    @Path("evaluation-rankings")
    @Authenticated
    @Operation(summary = "A school's teachers for a term ranked by their published evaluations (responses-weighted "
            + "average, best first, ties share a rank), optionally only those teaching a subject (roles: any "
            + "signed-in caller)")
    public List<EvaluationViews.Ranked> ranking(@QueryParam("school") @NotNull UUID school,
            @QueryParam("term") @NotNull @Pattern(regexp = "[0-9]{4}-(SPRING|AUTUMN)",
                    message = "must be YYYY-SPRING or YYYY-AUTUMN") String term,
            @QueryParam("subject") @Size(max = 100) String subject) {
        return evaluations.ranking(school, term, subject);
    }
}
