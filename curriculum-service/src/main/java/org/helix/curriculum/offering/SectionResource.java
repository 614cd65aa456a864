package org.helix.curriculum.offering;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.curriculum.enrolment.Enrolment;
import org.helix.curriculum.enrolment.EnrolmentRequest;
import org.helix.curriculum.enrolment.EnrolmentView;
import org.helix.curriculum.enrolment.Enrolments;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.IfMatch;

import java.util.UUID;

@Path("/api/curriculum/sections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offerings and sections")
@Authenticated
public class SectionResource {

    @Inject
    Offerings offerings;

    @Inject
    Enrolments enrolments;

    @POST
    @Path("{id}/enrolments")
    @Idempotent
    @Tag(name = "Enrolments")
    @Operation(summary = "Enrol in a section: a student of the section's school enrols themselves (no body or their "
            + "own subject), a representative names the student. Full: 409 section-full; the student holds a section "
            + "of the offering already: 409 already-enrolled. Publishes StudentEnrolled. Roles: student of the "
            + "school, school-admin of the school, admin, secretariat; others 403. Honours Idempotency-Key")
    public Response enrol(@PathParam("id") UUID section, @Valid EnrolmentRequest request, @Context UriInfo uri) {
        Enrolment enrolment = enrolments.enrol(section, request);
        return Response.created(uri.getBaseUriBuilder().path("/api/curriculum/enrolments")
                .path(enrolment.id.toString()).build()).tag(new EntityTag(String.valueOf(enrolment.version)))
                .entity(EnrolmentView.of(enrolment)).build();
    }

    @GET
    @Operation(summary = "List sections with their teachers' published ratings and seats left, paged; filter by "
            + "offering, school, course, term, teacher (profile id), seatsLeft=true; sort by courseCode (default), "
            + "label or createdAt. Roles: any signed-in caller")
    public Page<SectionView> list(@QueryParam("offering") UUID offering, @QueryParam("school") UUID school,
            @QueryParam("course") UUID course, @QueryParam("term") @Pattern(regexp = Term.REGEX) String term,
            @QueryParam("teacher") UUID teacher, @QueryParam("seatsLeft") Boolean seatsLeft,
            @Valid @BeanParam PageRequest page) {
        return offerings.sections(offering, school, course, term, teacher, seatsLeft, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One section with its teacher's published rating; its ETag is its version. Roles: any "
            + "signed-in caller")
    public Response get(@PathParam("id") UUID id) {
        Section section = offerings.section(id);
        return Response.ok(offerings.view(section)).tag(new EntityTag(String.valueOf(section.version))).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a section's teacher (eligible as when opening, else 422), seats (not below those "
            + "taken, 422) or schedule, sending the version read (body, optionally If-Match); the label stays; stale: "
            + "409. Roles: school-admin of the school, admin, secretariat; others 403")
    public Response change(@PathParam("id") UUID id, @Valid @NotNull SectionTerms terms,
            @Parameter(description = "ETag of the version read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        IfMatch.requireVersion(ifMatch, terms.version(), Offerings.SECTION, id);
        Section section = offerings.change(id, terms);
        return Response.ok(offerings.view(section)).tag(new EntityTag(String.valueOf(section.version))).build();
    }
}
