package org.helix.governance.regulation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.security.Roles;

import java.util.UUID;

@Path("/api/governance/committees/{committeeId}/regulations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Regulations", description = "Versioned rule documents of a committee")
public class RegulationResource {

    @Inject
    Regulations regulations;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    @Idempotent
    @Operation(summary = "Issue a regulation, or a new version of one by naming the current version in "
            + "'supersedes' (roles: secretariat, admin)")
    public Response issue(@PathParam("committeeId") UUID committeeId, @Valid @NotNull RegulationDraft draft) {
        Regulation regulation = regulations.issue(committeeId, draft);
        return Response.created(UriBuilder.fromPath("/api/governance/regulations/{id}").build(regulation.id))
                .entity(RegulationView.of(regulation)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "The committee's regulations: current versions, or every version with "
            + "includeSuperseded=true; filter one regulation by series (any authenticated caller)")
    public Page<RegulationView> list(@PathParam("committeeId") UUID committeeId,
            @QueryParam("includeSuperseded") @DefaultValue("false") boolean includeSuperseded,
            @QueryParam("series") UUID series, @Valid @BeanParam PageRequest page) {
        return regulations.list(committeeId, includeSuperseded, series, page);
    }
}
