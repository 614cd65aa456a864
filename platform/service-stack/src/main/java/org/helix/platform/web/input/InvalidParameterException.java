package org.helix.platform.web.input;

import jakarta.ws.rs.BadRequestException;

/**
 * A path, query or header parameter that is not of its declared type (a malformed UUID, an unknown enum constant, a
 * number that is not one, an impossible date). A {@link jakarta.ws.rs.WebApplicationException}, so Quarkus REST passes
 * it on as it is instead of turning it into a 404; rendered as a 400 problem naming the parameter.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String reason;

    public InvalidParameterException(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
