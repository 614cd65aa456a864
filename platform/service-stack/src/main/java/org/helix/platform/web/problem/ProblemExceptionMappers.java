package org.helix.platform.web.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.helix.platform.web.input.InvalidParameterException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every error leaves a Helix service as RFC 9457 problem+json: a stable type, the failing fields, the request id,
 * and never a stack trace or a class name.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri) {
        return ProblemResponses.of(problem, path(uri));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException exception, UriInfo uri) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return ProblemResponses.of(400, "validation-failed", "Validation failed", "Invalid field(s): " + fields,
                path(uri), errors);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException exception, UriInfo uri) {
        return ProblemResponses.of(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON (line " + exception.getLocation().getLineNr() + ", column "
                        + exception.getLocation().getColumnNr() + ")", path(uri), List.of());
    }

    /** Also catches what Quarkus's built-in mapper for {@link MismatchedInputException} would answer in its own format. */
    @ServerExceptionMapper({JsonMappingException.class, MismatchedInputException.class})
    public Response unreadableJson(JsonMappingException exception, UriInfo uri) {
        String field = exception.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (field.isEmpty()) {
            return ProblemResponses.of(400, "malformed-json", "Malformed JSON",
                    "The request body does not have the expected JSON structure", path(uri), List.of());
        }
        return ProblemResponses.of(400, "validation-failed", "Validation failed", "Invalid field(s): " + field,
                path(uri), List.of(new Problem.FieldError(field, "has the wrong type or format")));
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException exception, UriInfo uri) {
        return ProblemResponses.of(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON",
                path(uri), List.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleVersion(RuntimeException exception, UriInfo uri) {
        return ProblemResponses.of(409, "stale-version", "Stale version",
                "The resource was changed by someone else; read it again and retry with its new version", path(uri),
                List.of());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException exception, UriInfo uri) {
        Response response = ProblemResponses.of(401, "unauthenticated", "Unauthenticated",
                "A valid bearer token is required", path(uri), List.of());
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"helix\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        return ProblemResponses.of(403, "forbidden", "Forbidden", "Your roles do not allow this operation", path(uri),
                List.of());
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException exception, UriInfo uri) {
        return ProblemResponses.of(415, "unsupported-media-type", "Unsupported media type",
                "Send the request body as application/json", path(uri), List.of());
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException exception, UriInfo uri) {
        Response response = ProblemResponses.of(405, "method-not-allowed", "Method not allowed",
                "This resource does not support that method", path(uri), List.of());
        return Response.fromResponse(response).allow(exception.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException exception, UriInfo uri) {
        return ProblemResponses.of(400, "invalid-parameter", "Invalid parameter",
                "Invalid parameter(s): " + exception.parameter(), path(uri),
                List.of(new Problem.FieldError(exception.parameter(), exception.reason())));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException exception, UriInfo uri) {
        // an unreadable body reaches us wrapped in a 400
        if (exception.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (exception.getCause() instanceof JsonMappingException mapping) {
            return unreadableJson(mapping, uri);
        }
        if (exception.getCause() instanceof JsonProcessingException json) {
            return otherJson(json, uri);
        }
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status == 404 && exception.getCause() != null) {
            // a path or query parameter that did not convert (a type without one of the platform's converters)
            return ProblemResponses.of(400, "invalid-parameter", "Invalid parameter",
                    "A path or query parameter does not have the expected type or format", path(uri), List.of());
        }
        if (status >= 500) {
            return unexpected(exception, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request refused";
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        String detail = status == 404 ? "No resource at this path" : title;
        return ProblemResponses.of(status, slug, title, detail, path(uri), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, UriInfo uri) {
        Optional<Response> unavailable = databaseUnavailable(exception, uri);
        if (unavailable.isPresent()) {
            return unavailable.get();
        }
        Optional<Response> refusal = databaseRefusal(exception, uri);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        LOG.errorf(exception, "Unexpected error on %s", path(uri));
        return ProblemResponses.of(500, "internal-error", "Internal error",
                "Something went wrong on our side. Quote the requestId when you report it.", path(uri), List.of());
    }

    /** Seconds a client is asked to wait before retrying while the database is away or busy. */
    static final String RETRY_AFTER_SECONDS = "5";

    /**
     * The database away (connection refused or lost, SQLState class 08; shutting down, 57P01-57P03; too many
     * connections, 53300) or every pooled connection busy for the pool's acquisition timeout: a 503 the client may
     * retry, not a 500. Nothing was changed: the transaction never ran or was rolled back.
     */
    static Optional<Response> databaseUnavailable(Throwable exception, UriInfo uri) {
        String state = sqlState(exception);
        boolean away = state != null && (state.startsWith("08") || state.equals("53300") || state.startsWith("57P"));
        if (!away && !poolExhausted(exception)) {
            return Optional.empty();
        }
        LOG.warnf("Database unavailable on %s (%s): answered 503", path(uri), state == null ? "pool" : state);
        Response problem = ProblemResponses.of(503, "service-unavailable", "Service unavailable",
                "The service cannot reach its database right now; nothing was changed. Retry in a few seconds.",
                path(uri), List.of());
        return Optional.of(Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build());
    }

    /** Agroal's "Sorry, acquisition timeout!": every connection stayed busy for {@code acquisition-timeout}. */
    private static boolean poolExhausted(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException && cause.getMessage() != null
                    && cause.getMessage().contains("acquisition timeout")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * A write the database refused for a reason the client caused: a duplicate key (two requests creating the same id
     * at once) is a 409, a value the column cannot hold a 400. The checks in the code come first; this is the net
     * under them, so no input ever becomes a 500.
     */
    static Optional<Response> databaseRefusal(Throwable exception, UriInfo uri) {
        String state = sqlState(exception);
        if (state == null) {
            return Optional.empty();
        }
        LOG.warnf("The database refused a write on %s (SQLState %s): %s", path(uri), state, exception.getMessage());
        return Optional.ofNullable(switch (state) {
            case "23505" -> ProblemResponses.of(409, "already-exists", "Already exists",
                    "Something with the same identity already exists (perhaps created by a concurrent request)",
                    path(uri), List.of());
            case "23503" -> ProblemResponses.of(409, "conflict", "Conflict",
                    "The change refers to something that does not exist, or something still refers to it",
                    path(uri), List.of());
            case "40001", "40P01" -> ProblemResponses.of(409, "conflict", "Conflict",
                    "A concurrent change got in the way; retry", path(uri), List.of());
            case "22001", "22003", "22007", "22008", "22021", "22P02", "22P05", "23502", "23514" ->
                    ProblemResponses.of(400, "invalid-value", "Invalid value",
                            "A value is out of the range or format the service can store", path(uri), List.of());
            default -> null;
        });
    }

    private static String sqlState(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** The JSON field a violation is about: the property path below the method parameter, else the parameter. */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        boolean belowParameter = false;
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                belowParameter = true;
            } else if (belowParameter) {
                // an index belongs to the container the node sits in: agenda[0].durationMinutes, departments[0]
                if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                }
                if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                    names.add(node.getName());
                }
            } else if (!belowParameter && node.getKind() == ElementKind.PROPERTY) {
                names.add(node.getName());
            }
        }
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
