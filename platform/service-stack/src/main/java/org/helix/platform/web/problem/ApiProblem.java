package org.helix.platform.web.problem;

import java.util.List;

/**
 * A refusal the API reports as a problem: thrown by domain and application code, rendered by
 * {@link ProblemExceptionMappers}. Use the factory methods so every service says the same thing the same way.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ApiProblem(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem notFound(String resource, Object id) {
        return new ApiProblem(404, "not-found", "Resource not found", resource + " " + id + " does not exist",
                List.of());
    }

    /** A request that is well-formed but breaks a business rule about one field (422). */
    public static ApiProblem invalidField(String field, String message) {
        return new ApiProblem(422, "business-rule-violated", "Business rule violated", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ApiProblem badRequest(String slug, String field, String message) {
        return new ApiProblem(400, slug, "Bad request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** A change the current state does not allow, such as an illegal lifecycle transition (409). */
    public static ApiProblem illegalTransition(String resource, Object from, String action) {
        return new ApiProblem(409, "illegal-transition", "Illegal state transition",
                "Cannot " + action + " a " + resource + " that is " + from, List.of());
    }

    /** 403: the caller is known but may not do this (use a 404 instead where the record must stay unseen). */
    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "forbidden", "Forbidden", detail, List.of());
    }

    public static ApiProblem conflict(String slug, String title, String detail) {
        return new ApiProblem(409, slug, title, detail, List.of());
    }

    public static ApiProblem staleVersion(String resource, Object id) {
        return new ApiProblem(409, "stale-version", "Stale version",
                resource + " " + id + " was changed by someone else; read it again and retry with its new version",
                List.of());
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
