package org.helix.curriculum.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.audit.AuditEntry;
import org.helix.platform.web.audit.AuditTrail;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.security.Roles;

@Path("/api/curriculum/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when, with the values before and after")
public class AuditResource {

    @Inject
    AuditTrail audit;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    @Operation(summary = "The audit trail, newest first, filtered by resource (roles: admin, secretariat)")
    public Page<AuditEntry> list(@QueryParam("resourceType") @Size(max = 60) String resourceType,
            @QueryParam("resourceId") @Size(max = 100) String resourceId, @Valid @BeanParam PageRequest page) {
        return audit.list(resourceType, resourceId, page);
    }
}
