package org.helix.talent.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.helix.platform.web.observability.RequestIds;
import org.helix.platform.web.security.Caller;

import java.time.Clock;
import java.time.Instant;

/** Records every change in the caller's transaction: if the change rolls back, so does its record. */
@ApplicationScoped
public class AuditTrail {

    /** What the scheduler does on its own is recorded under this subject. */
    public static final String SYSTEM = "system";

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** {@code before} and {@code after} are views of the resource (null when it did not exist / no longer exists). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String resourceType, Object resourceId, String action, Object before, Object after) {
        AuditRecord record = new AuditRecord();
        record.occurredAt = Instant.now(clock);
        boolean byUser = io.quarkus.arc.Arc.container().requestContext().isActive() && caller.isAuthenticated();
        record.subject = byUser ? caller.subject() : SYSTEM;
        record.organisationId = byUser ? caller.organisationId().orElse(null) : null;
        record.clientId = byUser ? caller.clientId() : null;
        record.resourceType = resourceType;
        record.resourceId = resourceId.toString();
        record.action = action;
        record.beforeState = toJson(before);
        record.afterState = toJson(after);
        record.requestId = RequestIds.current();
        record.persist();
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit state cannot be written as JSON", e);
        }
    }
}
