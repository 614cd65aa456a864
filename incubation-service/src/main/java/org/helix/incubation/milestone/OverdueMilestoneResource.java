package org.helix.incubation.milestone;

import io.quarkus.security.Authenticated;
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

import java.util.UUID;

@Path("/api/incubation/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones")
@Authenticated
public class OverdueMilestoneResource {

    @Inject
    Milestones milestones;

    @GET
    @Path("overdue")
    @Operation(summary = "PLANNED milestones past their due date (by the service's clock), of the projects the "
            + "caller may see, paged; filter by school or project; sort by dueDate (default, oldest first) or "
            + "createdAt (roles: any signed-in caller)")
    public Page<MilestoneView> overdue(@QueryParam("school") UUID school, @QueryParam("project") UUID project,
            @Valid @BeanParam PageRequest page) {
        return milestones.overdue(school, project, page);
    }

}
