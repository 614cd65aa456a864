package org.helix.curriculum.enrolment;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;

import java.util.UUID;

@Path("/api/curriculum/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolments", description = "Students choose a section, and so their teacher: ENROLLED → WITHDRAWN | "
        + "COMPLETED. Private to the student, the school's representatives and the section's teacher")
@Authenticated
public class EnrolmentResource {

    @Inject
    Enrolments enrolments;

    @GET
    @Operation(summary = "List the enrolments the caller may see, paged; filter by section, offering, student, "
            + "status; sort by enrolledAt (default, newest first) or status. Roles: any signed-in caller; lists hold "
            + "the caller's own, their school's (representatives) and their sections' (teachers); all for admin and "
            + "secretariat")
    public Page<EnrolmentView> list(@QueryParam("section") UUID section, @QueryParam("offering") UUID offering,
            @QueryParam("student") @Size(max = 200) String student, @QueryParam("status") EnrolmentStatus status,
            @Valid @BeanParam PageRequest page) {
        return enrolments.list(section, offering, student, status, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One enrolment. Roles: the student, school-admin of the school, the section's teacher, "
            + "admin, secretariat; anyone else 404")
    public Response get(@PathParam("id") UUID id) {
        Enrolment enrolment = enrolments.visible(id);
        return Response.ok(EnrolmentView.of(enrolment)).tag(new EntityTag(String.valueOf(enrolment.version)))
                .build();
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw (ENROLLED only, else 409); the seat is free again. Publishes StudentWithdrew. "
            + "Roles: the student, school-admin of the school, admin, secretariat; the teacher 403; others 404")
    public Response withdraw(@PathParam("id") UUID id) {
        Enrolment enrolment = enrolments.withdraw(id);
        return Response.ok(EnrolmentView.of(enrolment)).tag(new EntityTag(String.valueOf(enrolment.version)))
                .build();
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "Mark the section completed for the student (ENROLLED only, else 409). Roles: school-admin "
            + "of the school, admin, secretariat; the student and the teacher 403; others 404")
    public Response complete(@PathParam("id") UUID id) {
        Enrolment enrolment = enrolments.complete(id);
        return Response.ok(EnrolmentView.of(enrolment)).tag(new EntityTag(String.valueOf(enrolment.version)))
                .build();
    }
}
