package org.helix.talent.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.security.Roles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/talent-exchange/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when, with the values before and after")
public class AuditResource {

    public record AuditEntry(long id, Instant occurredAt, String subject, UUID organisationId, String clientId,
            String resourceType, String resourceId, String action, JsonNode before, JsonNode after,
            String requestId) {
    }

    @Inject
    ObjectMapper json;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    @Operation(summary = "The audit trail, newest first, filtered by resource (roles: admin, secretariat)")
    public Page<AuditEntry> list(@QueryParam("resourceType") String resourceType,
            @QueryParam("resourceId") String resourceId, @Valid @BeanParam PageRequest page) {
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

    private AuditEntry entry(AuditRecord record) {
        return new AuditEntry(record.id, record.occurredAt, record.subject, record.organisationId, record.clientId,
                record.resourceType, record.resourceId, record.action, parse(record.beforeState),
                parse(record.afterState), record.requestId);
    }

    private JsonNode parse(String state) {
        try {
            return state == null ? null : json.readTree(state);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Stored audit state is not JSON", e);
        }
    }
}
