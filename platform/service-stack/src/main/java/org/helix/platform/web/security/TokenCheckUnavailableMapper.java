package org.helix.platform.web.security;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.helix.platform.edge.ProblemTypes;
import org.helix.platform.tokencheck.TokenCheckUnavailableException;
import org.helix.platform.web.problem.ProblemResponses;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** A token that cannot be checked now (Keycloak away, its key unknown here): 503 problem with Retry-After. */
public class TokenCheckUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(TokenCheckUnavailableMapper.class);
    static final String RETRY_AFTER_SECONDS = "10";

    @ServerExceptionMapper
    public Response unavailable(TokenCheckUnavailableException exception, UriInfo uri) {
        LOG.warnf("Token check unavailable: %s (%s)", exception.getMessage(),
                exception.getCause() == null ? "no cause" : exception.getCause().toString());
        Response response = ProblemResponses.of(503, ProblemTypes.TOKEN_CHECK_UNAVAILABLE, "Token check unavailable",
                "The access token cannot be checked right now; try again later", uri.getRequestUri().getRawPath(), List.of());
        return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
