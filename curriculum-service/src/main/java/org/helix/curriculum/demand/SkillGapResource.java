package org.helix.curriculum.demand;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;

import java.util.UUID;

@Path("/api/curriculum/schools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Skill demand and gaps", description = "What enterprises and associations need, and the gap between "
        + "that and what each school's courses teach")
@Authenticated
public class SkillGapResource {

    @Inject
    Demand demand;

    @GET
    @Path("{schoolId}/skill-gaps")
    @Operation(summary = "A school's skill gaps, ranked by gap (then demand): per skill and sector the live demand "
            + "(people, signals, organisations behind it) aimed at the school, its region or every school, the "
            + "coverage of its ACTIVE courses teaching the skill and the gap; paged (sort is fixed). Not a school: "
            + "404. Roles: any signed-in caller")
    public Page<GapLine> gaps(@PathParam("schoolId") UUID school, @QueryParam("sector") @Size(max = 100) String sector,
            @Valid @BeanParam PageRequest page) {
        return demand.gaps(school, sector, page);
    }

}
