package org.helix.platform.web.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.helix.platform.web.json.ApiJson;
import org.helix.platform.web.problem.ProblemResponses;
import org.helix.platform.web.security.Caller;

import java.util.List;

/**
 * Claims the key, runs the creation and stores its response in one transaction, so a crash between the two cannot
 * leave an effect without its key (or a key without its effect). A request that arrives while another one with the
 * same key is running gets a 409 {@code idempotency-request-in-flight} problem with {@code Retry-After} at once
 * (it neither waits on the first one's row lock nor runs a second time); once the first has committed, the same key
 * and request get its response again.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    static final String RETRY_AFTER_SECONDS = "1";

    @Inject
    HttpServerRequest request;

    @Inject
    Caller caller;

    @Inject
    IdempotencyKeys keys;

    @Inject
    ApiJson json;

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        String header = request.getHeader(IdempotencyKeyHeader.NAME);
        if (header == null) {
            return invocation.proceed();
        }
        String key = IdempotencyKeyHeader.require(header);
        String scope = caller.isAuthenticated()
                ? IdempotencyScope.of(caller.subject(), caller.clientId(), request.method().name(), request.path())
                : IdempotencyScope.of(null, null, request.method().name(), request.path());
        String requestHash = RequestFingerprint.of(json.mapper(), invocation.getMethod(), invocation.getParameters());
        return QuarkusTransaction.joiningExisting().call(() -> {
            IdempotencyKeys.Claim claim = keys.claim(scope, key, requestHash);
            if (claim instanceof IdempotencyKeys.Claim.InFlight) {
                return inFlight();
            }
            if (claim instanceof IdempotencyKeys.Claim.Completed completed) {
                return completed.response().replayFor(requestHash);
            }
            Response response = (Response) invocation.proceed();
            keys.complete(scope, key, response.getStatus(),
                    response.getLocation() == null ? null : response.getLocation().toString(),
                    response.getHeaderString(HttpHeaders.ETAG),
                    response.getEntity() == null ? null : json.mapper().writeValueAsString(response.getEntity()));
            return response;
        });
    }

    private Response inFlight() {
        Response problem = ProblemResponses.of(409, "idempotency-request-in-flight", "Request in flight",
                "A request with this Idempotency-Key is still being processed; retry after it has finished",
                request.path(), List.of());
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
