package org.helix.platform.web.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Context;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes two requests with one key "the same request": the resource method's arguments as JSON (the body,
 * path, query and header parameters), without the {@code @Context} objects, which describe the connection (host,
 * port, headers the gateway adds), not the request.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(ObjectMapper json, Method method, Object[] arguments) {
        Parameter[] parameters = method.getParameters();
        List<Object> significant = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            if (i < parameters.length && parameters[i].isAnnotationPresent(Context.class)) {
                continue;
            }
            significant.add(arguments[i]);
        }
        try {
            return IdempotencyScope.sha256(json.writeValueAsString(significant));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint the arguments of " + method, e);
        }
    }
}
