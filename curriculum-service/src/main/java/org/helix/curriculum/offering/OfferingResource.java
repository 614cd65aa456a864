package org.helix.curriculum.offering;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;

import java.util.UUID;

@Path("/api/curriculum/offerings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offerings and sections", description = "Courses offered per term, in sections each taught by a teacher "
        + "of the school or a part-time expert; students choose a section")
@Authenticated
public class OfferingResource {

    @Inject
    Offerings offerings;

    @POST
    @Idempotent
    @Operation(summary = "Offer an ACTIVE course in a term (YYYY-SPRING or YYYY-AUTUMN); once per course and term "
            + "(409 offering-exists). Roles: school-admin of the course's school, admin, secretariat; others 403. "
            + "Honours Idempotency-Key")
    public Response offer(@Valid @NotNull OfferingRequest request, @Context UriInfo uri) {
        Offering offering = offerings.offer(request);
        return Response.created(uri.getAbsolutePathBuilder().path(offering.id.toString()).build())
                .tag(new EntityTag(String.valueOf(offering.version))).entity(OfferingView.of(offering)).build();
    }

    @GET
    @Operation(summary = "List offerings, paged; filter by school, course, term; sort by createdAt (default, newest "
            + "first) or term. Roles: any signed-in caller")
    public Page<OfferingView> list(@QueryParam("school") UUID school, @QueryParam("course") UUID course,
            @QueryParam("term") @Pattern(regexp = Term.REGEX) String term, @Valid @BeanParam PageRequest page) {
        return offerings.offerings(school, course, term, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One offering (its sections: GET /sections?offering=). Roles: any signed-in caller")
    public Response get(@PathParam("id") UUID id) {
        Offering offering = offerings.offering(id);
        return Response.ok(OfferingView.of(offering)).tag(new EntityTag(String.valueOf(offering.version))).build();
    }

    @POST
    @Path("{id}/sections")
    @Idempotent
    @Operation(summary = "Open a section with its teacher: a TEACHER of the school or an EXPERT with an ACTIVE "
            + "part-time teaching appointment at the school (known from talent's events), otherwise 422 naming "
            + "teacherProfileId; seats 1 to the configured maximum. Publishes SectionOpened. Roles: school-admin of "
            + "the school, admin, secretariat; others 403. Honours Idempotency-Key")
    public Response open(@PathParam("id") UUID id, @Valid @NotNull SectionTerms terms, @Context UriInfo uri) {
        Section section = offerings.open(id, terms);
        return Response.created(uri.getBaseUriBuilder().path("/api/curriculum/sections").path(section.id.toString())
                .build()).tag(new EntityTag(String.valueOf(section.version))).entity(offerings.view(section)).build();
    }
}
