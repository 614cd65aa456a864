package org.helix.platform.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.helix.platform.edge.ProblemTypes;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URN ({@code urn:helix:problem:<slug>}) clients can switch on;
 * {@code errors} names each failing field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = ProblemTypes.MEDIA_TYPE;
    public static final String TYPE_PREFIX = ProblemTypes.URN_PREFIX;

    public record FieldError(String field, String message) {
    }

    public static String type(String slug) {
        return ProblemTypes.uri(slug);
    }
}
