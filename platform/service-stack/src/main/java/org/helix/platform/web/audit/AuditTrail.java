package org.helix.platform.web.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.helix.platform.web.observability.Correlation;
import org.helix.platform.web.observability.RequestIds;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records every change in the caller's transaction: if the change rolls back, so does its record. The service's own
 * migration creates the {@code audit_record} table ({@link AuditRecord}; DDL in platform/README.md), and its audit
 * endpoint answers with {@link #list}.
 */
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
        record.correlationId = Correlation.current().orElse(null);
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

    /** The trail, newest first (or sorted by {@code occurredAt}), optionally of one resource type and id. */
    public Page<AuditEntry> list(String resourceType, String resourceId, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (resourceType != null) {
            conditions.add("resourceType = :type");
            parameters.and("type", resourceType);
        }
        if (resourceId != null) {
            conditions.add("resourceId = :id");
            parameters.and("id", resourceId);
        }
        Sort sort = page.toSort(Map.of("occurredAt", "id"), Sort.descending("id"));
        PanacheQuery<AuditRecord> query = conditions.isEmpty() ? AuditRecord.findAll(sort)
                : AuditRecord.find(String.join(" and ", conditions), sort, parameters);
        return Page.of(query, page, this::entry);
    }

    /** The changes of one chain of work, oldest first, at most {@code limit} of them. */
    public List<AuditEntry> ofCorrelation(String correlationId, int limit) {
        return AuditRecord.<AuditRecord>find("correlationId", Sort.ascending("id"), correlationId).page(0, limit)
                .list().stream().map(this::entry).toList();
    }

    private AuditEntry entry(AuditRecord record) {
        return new AuditEntry(record.id, record.occurredAt, record.subject, record.organisationId, record.clientId,
                record.resourceType, record.resourceId, record.action, parse(record.beforeState),
                parse(record.afterState), record.requestId, record.correlationId);
    }

    private JsonNode parse(String state) {
        try {
            return state == null ? null : json.readTree(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored audit state is not JSON", e);
        }
    }
}
