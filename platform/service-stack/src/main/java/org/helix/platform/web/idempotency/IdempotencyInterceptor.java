package org.helix.platform.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.helix.platform.edge.EdgeLimits;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.security.Caller;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Claims the key, runs the creation and stores its response in one transaction, so a crash between the two cannot
 * leave an effect without its key (or a key without its effect). A concurrent request with the same key waits on
 * the key's row and then replays the stored response.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    HttpServerRequest request;

    @Inject
    Caller caller;

    @Inject
    IdempotencyKeys keys;

    @Inject
    ObjectMapper json;

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (key.isBlank() || key.length() > EdgeLimits.MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw ApiProblem.badRequest("invalid-idempotency-key", HEADER, "must be 1 to " + EdgeLimits.MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
        }
        String scope = caller.principalName() + " " + request.method().name() + " " + request.path();
        String requestHash = sha256(json.writeValueAsString(List.of(invocation.getParameters())));
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<IdempotencyKeys.StoredResponse> earlier = keys.claim(scope, key, requestHash);
            if (earlier.isPresent()) {
                return replay(earlier.get(), requestHash);
            }
            Response response = (Response) invocation.proceed();
            keys.complete(scope, key, response.getStatus(),
                    response.getLocation() == null ? null : response.getLocation().toString(),
                    response.getEntity() == null ? null : json.writeValueAsString(response.getEntity()));
            return response;
        });
    }

    private Response replay(IdempotencyKeys.StoredResponse earlier, String requestHash) {
        if (!earlier.requestHash().equals(requestHash)) {
            throw new ApiProblem(422, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used with a different request body", List.of());
        }
        Response.ResponseBuilder replay = Response.status(earlier.status()).header(REPLAYED_HEADER, "true");
        if (earlier.location() != null) {
            replay.header("Location", earlier.location());
        }
        if (earlier.body() != null) {
            replay.entity(earlier.body()).type(MediaType.APPLICATION_JSON);
        }
        return replay.build();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
