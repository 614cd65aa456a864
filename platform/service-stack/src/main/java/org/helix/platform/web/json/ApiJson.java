package org.helix.platform.web.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON of the API: the application's {@link ObjectMapper} (every Quarkus and service customisation included),
 * except that a property whose value is {@code null} is left out of the response. That is the suite's nullability
 * convention: the OpenAPI documents declare such properties as optional (not {@code required}) with their plain
 * type, so a response never carries a {@code null} the document does not allow. Only HTTP bodies use it; events
 * (outbox) and the audit trail keep serialising with the application's mapper, nulls included.
 */
@Provider
@Singleton
public class ApiJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;

    public ApiJson(ObjectMapper application) {
        this.mapper = withoutNulls(application);
    }

    /** A copy of {@code application} that leaves {@code null} properties out. */
    public static ObjectMapper withoutNulls(ObjectMapper application) {
        ObjectMapper copy = application.copy();
        copy.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                JsonInclude.Include.USE_DEFAULTS));
        return copy;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
