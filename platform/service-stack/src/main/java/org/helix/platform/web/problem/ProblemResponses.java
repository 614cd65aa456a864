package org.helix.platform.web.problem;

import jakarta.ws.rs.core.Response;
import org.helix.platform.web.observability.RequestIds;

import java.util.List;

/** Builds {@code application/problem+json} responses. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(int status, String slug, String title, String detail, String instance,
            List<Problem.FieldError> errors) {
        Problem problem = new Problem(Problem.type(slug), title, status, detail, instance, RequestIds.current(),
                errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response of(ApiProblem problem, String instance) {
        return of(problem.status(), problem.slug(), problem.title(), problem.getMessage(), instance, problem.errors());
    }
}
