package org.helix.platform.web.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/** One audit record as the API shows it: the states before and after as JSON, not as strings. */
public record AuditEntry(long id, Instant occurredAt, String subject, UUID organisationId, String clientId,
        String resourceType, String resourceId, String action, JsonNode before, JsonNode after, String requestId,
        String correlationId) {
}
